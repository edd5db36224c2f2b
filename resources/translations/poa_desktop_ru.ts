<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <source>version %1: %2 paragraphs, %3 measures</source>
        <translation>версия %1: пунктов — %2, мер — %3</translation>
    </message>
    <message>
        <source>Read the %1 text</source>
        <translation>Текст документа %1</translation>
    </message>
    <message>
        <source>About poa-desktop</source>
        <translation>О программе poa-desktop</translation>
    </message>
    <message>
        <source>Self-assessment and voluntary national reporting on the Programme of Action on small arms and light weapons and the International Tracing Instrument. It works offline: it never connects to a network, checks for updates or sends anything anywhere.</source>
        <translation>Самооценка и добровольное представление национальных докладов об осуществлении Программы действий по стрелковому оружию и легким вооружениям и Международного документа по отслеживанию. Программа работает автономно: она никогда не подключается к сети, не проверяет наличие обновлений и ничего никуда не отправляет.</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>Сведения об установке</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <source>Commitment catalog:</source>
        <translation>Каталог обязательств:</translation>
    </message>
    <message>
        <source>Source documents:</source>
        <translation>Исходные документы:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Резервные копии:</translation>
    </message>
    <message>
        <source>Running on:</source>
        <translation>Платформа:</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Лицензии</translation>
    </message>
    <message>
        <source>Bundled software and fonts</source>
        <translation>Включенные программы и шрифты</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Текст лицензии</translation>
    </message>
</context>
<context>
    <name>AgenciesDialog</name>
    <message>
        <source>Agencies of the %1 assessment</source>
        <translation>Ведомства: оценка %1</translation>
    </message>
    <message>
        <source>Carried forward, still to confirm: %1</source>
        <translation>Перенесено, ожидает подтверждения: %1</translation>
    </message>
    <message>
        <source>Choose an agency.</source>
        <translation>Выберите ведомство.</translation>
    </message>
    <message>
        <source>No change: no measure of %2 was assigned to %1.</source>
        <translation>Без изменений: ни одна мера из «%2» не была назначена ведомству %1.</translation>
    </message>
    <message>
        <source>No change: every measure of %2 is already assigned to %1.</source>
        <translation>Без изменений: все меры из «%2» уже назначены ведомству %1.</translation>
    </message>
    <message>
        <source>1 measure unassigned from %2</source>
        <translation>1 мера снята с ведомства %2</translation>
    </message>
    <message>
        <source>1 measure assigned to %2</source>
        <translation>1 мера назначена ведомству %2</translation>
    </message>
    <message>
        <source>%1 measures unassigned from %2</source>
        <translation>Мер, снятых с ведомства %2: %1</translation>
    </message>
    <message>
        <source>%1 measures assigned to %2</source>
        <translation>Мер, назначенных ведомству %2: %1</translation>
    </message>
    <message>
        <source>1 answer confirmed unchanged.</source>
        <translation>1 ответ подтвержден без изменений.</translation>
    </message>
    <message>
        <source>%1 answers confirmed unchanged.</source>
        <translation>Ответов, подтвержденных без изменений: %1.</translation>
    </message>
    <message>
        <source>Confirm %1 carried-forward answer(s) as reviewed and unchanged? Each answer&apos;s history records the confirmation.</source>
        <translation>Подтвердить, что перенесенные ответы (%1) проверены и не изменились? Подтверждение будет записано в истории каждого ответа.</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Ведомства</translation>
    </message>
    <message>
        <source>&amp;Measures assigned to each agency, and how many of them are answered:</source>
        <translation>&amp;Меры, назначенные каждому ведомству, и число мер с ответом:</translation>
    </message>
    <message>
        <source>Progress per agency</source>
        <translation>Ход работы по ведомствам</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Назначено</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>С ответом</translation>
    </message>
    <message>
        <source>Answered (%)</source>
        <translation>С ответом (%)</translation>
    </message>
    <message>
        <source>ℹ The State profile has no agencies yet: add the contributing agencies to the profile first.</source>
        <translation>ℹ В профиле государства еще нет ведомств: сначала добавьте в профиль ведомства, участвующие в работе.</translation>
    </message>
    <message>
        <source>Assign measures in bulk</source>
        <translation>Массовое назначение мер</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>&amp;Ведомство:</translation>
    </message>
    <message>
        <source>By &amp;theme:</source>
        <translation>По &amp;теме:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>By &amp;section:</source>
        <translation>По &amp;разделу:</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Назначить</translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation>&amp;Снять назначение</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>Перенесенные ответы</translation>
    </message>
    <message>
        <source>&amp;Confirm all as unchanged</source>
        <translation>&amp;Подтвердить все без изменений</translation>
    </message>
</context>
<context>
    <name>AgencyReturnDialog</name>
    <message>
        <source>Workbook returned by an agency</source>
        <translation>Книга Excel, возвращенная ведомством</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Книги Excel (*.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose the workbook first.</source>
        <translation>Сначала выберите книгу Excel.</translation>
    </message>
    <message>
        <source>Returned by &lt;b&gt;%1&lt;/b&gt;, prepared on %2.</source>
        <translation>Возвращено ведомством &lt;b&gt;%1&lt;/b&gt;, подготовлено %2.</translation>
    </message>
    <message>
        <source>Answers to update: %1 · changed on both sides: %2 · left as changed here (the agency kept them as sent): %3 · rows that cannot be read: %4</source>
        <translation>Ответов к обновлению: %1 · изменено с обеих сторон: %2 · оставлено с изменениями, внесенными здесь (ведомство не меняло их): %3 · нечитаемых строк: %4</translation>
    </message>
    <message>
        <source>These answers were changed here after the workbook was prepared, and the agency changed them too. Choose which version to keep for each one:</source>
        <translation>Эти ответы были изменены здесь после подготовки книги Excel, и ведомство также изменило их. Выберите, какую версию сохранить для каждого из них:</translation>
    </message>
    <message>
        <source>Nothing to import: no answer differs.</source>
        <translation>Импортировать нечего: ни один ответ не отличается.</translation>
    </message>
    <message>
        <source>Choose a version for each answer changed on both sides (%1 left).</source>
        <translation>Выберите версию для каждого ответа, измененного с обеих сторон (осталось: %1).</translation>
    </message>
    <message>
        <source>Take back an agency&apos;s workbook</source>
        <translation>Принять книгу Excel от ведомства</translation>
    </message>
    <message>
        <source>Choose the workbook an agency sent back. Its answers are shown first; nothing is written until you import.</source>
        <translation>Выберите книгу Excel, которую вернуло ведомство. Сначала будут показаны ее ответы; ничего не записывается, пока вы не нажмете «Импортировать».</translation>
    </message>
    <message>
        <source>&amp;Workbook:</source>
        <translation>&amp;Книга Excel:</translation>
    </message>
    <message>
        <source>Returned workbook</source>
        <translation>Возвращенная книга Excel</translation>
    </message>
    <message>
        <source>path of the .xlsx file the agency returned</source>
        <translation>путь к файлу .xlsx, возвращенному ведомством</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Read it</source>
        <translation>&amp;Прочитать</translation>
    </message>
    <message>
        <source>&amp;Updates the agency sends (before → after):</source>
        <translation>&amp;Обновления от ведомства (до → после):</translation>
    </message>
    <message>
        <source>Updates the agency sends</source>
        <translation>Обновления от ведомства</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <source>Rows that cannot be read:</source>
        <translation>Нечитаемые строки:</translation>
    </message>
    <message>
        <source>Rows that cannot be read</source>
        <translation>Нечитаемые строки</translation>
    </message>
    <message>
        <source>&amp;Skip the rows that cannot be read and import the others</source>
        <translation>П&amp;ропустить нечитаемые строки и импортировать остальные</translation>
    </message>
    <message>
        <source>Answers changed on both sides</source>
        <translation>Ответы, измененные с обеих сторон</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>AgencyWorkbookDialog</name>
    <message>
        <source>The State profile lists no agency: add agencies first.</source>
        <translation>В профиле государства нет ведомств: сначала добавьте ведомства.</translation>
    </message>
    <message>
        <source>Measures assigned to this agency: %1.</source>
        <translation>Мер, назначенных этому ведомству: %1.</translation>
    </message>
    <message>
        <source>No measure is assigned to this agency yet: assign measures to it first.</source>
        <translation>Этому ведомству еще не назначено ни одной меры: сначала назначьте ему меры.</translation>
    </message>
    <message>
        <source>Folder for the workbook</source>
        <translation>Папка для книги Excel</translation>
    </message>
    <message>
        <source>Choose an agency.</source>
        <translation>Выберите ведомство.</translation>
    </message>
    <message>
        <source>Give the file a name.</source>
        <translation>Укажите имя файла.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <source>✓ Written for %2 (measures: %1):
%3
Send it to the agency.</source>
        <translation>✓ Книга Excel для ведомства %2 записана (мер: %1):
%3
Отправьте ее ведомству.</translation>
    </message>
    <message>
        <source>Replace %1?</source>
        <translation>Заменить %1?</translation>
    </message>
    <message>
        <source>Prepare a workbook for an agency</source>
        <translation>Подготовка книги Excel для ведомства</translation>
    </message>
    <message>
        <source>Write an Excel workbook holding only the measures assigned to one agency. Send it to the agency; when it comes back, take its answers in with File → Take back an agency&apos;s workbook.</source>
        <translation>Создайте книгу Excel, содержащую только меры, назначенные одному ведомству. Отправьте ее ведомству; когда она вернется, примите ее ответы с помощью команды «Файл → Принять книгу Excel от ведомства».</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Ведомство:</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Имя файла:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <source>&amp;Prepare</source>
        <translation>Под&amp;готовить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>AggregateDialog</name>
    <message>
        <source>National workbooks to read</source>
        <translation>Национальные книги Excel для чтения</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
        <translation>Книги Excel (*.xlsx *.xlsm);;Все файлы (*)</translation>
    </message>
    <message>
        <source>A folder of national workbooks</source>
        <translation>Папка с национальными книгами Excel</translation>
    </message>
    <message>
        <source>Analysis workbook</source>
        <translation>Книга Excel с анализом</translation>
    </message>
    <message>
        <source>Analysis PDF</source>
        <translation>PDF-файл с анализом</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Add the national workbooks to read: files, a folder, or both.</source>
        <translation>Добавьте национальные книги Excel для чтения: файлы, папку или и то и другое.</translation>
    </message>
    <message>
        <source>Give a file for the analysis workbook, the PDF, or both.</source>
        <translation>Укажите файл для книги Excel с анализом, для PDF-файла или для обоих.</translation>
    </message>
    <message>
        <source>%1 is a folder: give a file name.</source>
        <translation>%1 — это папка: укажите имя файла.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <source>%1 is one of the workbooks to read: choose another file to write.</source>
        <translation>%1 входит в число книг Excel для чтения: выберите для записи другой файл.</translation>
    </message>
    <message>
        <source>Looking for the workbooks…</source>
        <translation>Поиск книг Excel…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <source>Reading the workbooks: %1 of %2</source>
        <translation>Чтение книг Excel: %1 из %2</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Запись файла %1…</translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation>Готово за %1 с.</translation>
    </message>
    <message>
        <source>Stopped: nothing was written.</source>
        <translation>Остановлено: ничего не записано.</translation>
    </message>
    <message>
        <source>Workbooks read: %1. National reports counted: %2, of %3 States.</source>
        <translation>Прочитано книг Excel: %1. Учтено национальных докладов: %2 (государств: %3).</translation>
    </message>
    <message>
        <source>Cycles: %1</source>
        <translation>Циклы: %1</translation>
    </message>
    <message>
        <source>Read and counted in %1 s, by %2 process(es).</source>
        <translation>Прочитано и подсчитано за %1 с; процессов: %2.</translation>
    </message>
    <message>
        <source>Peak memory: %1</source>
        <translation>Пиковый объем памяти: %1</translation>
    </message>
    <message>
        <source>Not used (%1):</source>
        <translation>Не использованы (%1):</translation>
    </message>
    <message>
        <source>Not counted, the same State and cycle again (%1):</source>
        <translation>Не учтены, повторные доклады того же государства за тот же цикл (%1):</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Примечания:</translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>Записано:</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Ничего не записано.</translation>
    </message>
    <message>
        <source>%1 MiB (this window)</source>
        <translation>%1 МиБ (это окно)</translation>
    </message>
    <message>
        <source>%1 MiB (largest reading process)</source>
        <translation>%1 МиБ (самый крупный процесс чтения)</translation>
    </message>
    <message>
        <source>Replace these files?
%1</source>
        <translation>Заменить эти файлы?
%1</translation>
    </message>
    <message>
        <source>The analysis stopped on an unexpected error (%1). Nothing was written; the details are in %2.</source>
        <translation>Анализ прерван из-за непредвиденной ошибки (%1). Ничего не записано; подробности — в %2.</translation>
    </message>
    <message>
        <source>Analyse national reports</source>
        <translation>Анализ национальных докладов</translation>
    </message>
    <message>
        <source>Read the national workbooks States exported from this application and write what they say together: implementation by measure, State, theme and UN regional group, and assistance needed against assistance offered. A workbook changed after export is named, not counted. The assessment open in the window is not used.</source>
        <translation>Прочитайте национальные книги Excel, экспортированные государствами из этого приложения, и сведите их данные воедино: осуществление по мерам, государствам, темам и региональным группам ООН, а также необходимая помощь в сопоставлении с предлагаемой. Книга Excel, измененная после экспорта, указывается, но не учитывается. Оценка, открытая в окне, не используется.</translation>
    </message>
    <message>
        <source>Workbooks and folders to read</source>
        <translation>Книги Excel и папки для чтения</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Добавить &amp;файлы…</translation>
    </message>
    <message>
        <source>Choose one or more national workbooks (.xlsx)</source>
        <translation>Выбрать одну или несколько национальных книг Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Add a fol&amp;der…</source>
        <translation>Добавить &amp;папку…</translation>
    </message>
    <message>
        <source>Every workbook (.xlsx) in the folder and its subfolders is read</source>
        <translation>Читаются все книги Excel (.xlsx) в папке и ее вложенных папках</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>Take the selected entries off the list (the files are not touched)</source>
        <translation>Убрать выбранные элементы из списка (сами файлы не затрагиваются)</translation>
    </message>
    <message>
        <source>The analysis</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <source>&amp;Workbook (.xlsx):</source>
        <translation>&amp;Книга Excel (.xlsx):</translation>
    </message>
    <message>
        <source>Analysis workbook to write</source>
        <translation>Записываемая книга Excel с анализом</translation>
    </message>
    <message>
        <source>Leave empty not to write the workbook</source>
        <translation>Оставьте пустым, чтобы не записывать книгу Excel</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Об&amp;зор…</translation>
    </message>
    <message>
        <source>Browse for the analysis workbook</source>
        <translation>Выбрать книгу Excel с анализом</translation>
    </message>
    <message>
        <source>&amp;PDF:</source>
        <translation>&amp;Документ PDF:</translation>
    </message>
    <message>
        <source>Analysis PDF to write</source>
        <translation>Записываемый PDF-файл с анализом</translation>
    </message>
    <message>
        <source>Leave empty not to write the PDF</source>
        <translation>Оставьте пустым, чтобы не записывать PDF-файл</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>Обзо&amp;р…</translation>
    </message>
    <message>
        <source>Browse for the analysis PDF</source>
        <translation>Выбрать PDF-файл с анализом</translation>
    </message>
    <message>
        <source>Report lan&amp;guage:</source>
        <translation>&amp;Язык доклада:</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Язык доклада</translation>
    </message>
    <message>
        <source>The language of the analysis workbook and PDF, whatever the language of the window or of the national workbooks</source>
        <translation>Язык книги Excel и PDF-файла с анализом, независимо от языка окна или национальных книг Excel</translation>
    </message>
    <message>
        <source>Progress of the analysis</source>
        <translation>Ход анализа</translation>
    </message>
    <message>
        <source>Summary of the analysis</source>
        <translation>Сводка анализа</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>&amp;Анализировать</translation>
    </message>
    <message>
        <source>Read the workbooks and write the analysis</source>
        <translation>Прочитать книги Excel и записать анализ</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>О&amp;тмена</translation>
    </message>
    <message>
        <source>Stop the analysis: nothing is written</source>
        <translation>Остановить анализ: ничего не записывается</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Открыть папку</translation>
    </message>
    <message>
        <source>Open the folder the analysis was written to</source>
        <translation>Открыть папку, в которую записан анализ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>AnswerForm</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>In UNODA&apos;s reporting template: %1</source>
        <translation>В шаблоне отчетности Управления по вопросам разоружения: %1</translation>
    </message>
    <message>
        <source>Assistance kind: %1</source>
        <translation>Вид помощи: %1</translation>
    </message>
    <message>
        <source>%1 (not in the State profile)</source>
        <translation>%1 (нет в профиле государства)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>&amp;Implemented</source>
        <translation>&amp;Выполнено</translation>
    </message>
    <message>
        <source>De&amp;veloping</source>
        <translation>В &amp;процессе</translation>
    </message>
    <message>
        <source>Not i&amp;mplemented</source>
        <translation>&amp;Не выполнено</translation>
    </message>
    <message>
        <source>Not applica&amp;ble</source>
        <translation>Непри&amp;менимо</translation>
    </message>
    <message>
        <source>Not &amp;yet assessed</source>
        <translation>&amp;Еще не оценено</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Осуществление</translation>
    </message>
    <message>
        <source>Measures ta&amp;ken</source>
        <translation>Прин&amp;ятые меры</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Принятые меры</translation>
    </message>
    <message>
        <source>What has your State done to implement this commitment?</source>
        <translation>Что сделало ваше государство для выполнения этого обязательства?</translation>
    </message>
    <message>
        <source>&amp;Laws and regulations</source>
        <translation>&amp;Законы и нормативные акты</translation>
    </message>
    <message>
        <source>Laws and regulations</source>
        <translation>Законы и нормативные акты</translation>
    </message>
    <message>
        <source>One row per law or regulation; Delete removes the selected rows</source>
        <translation>По одной строке на каждый закон или нормативный акт; клавиша Delete удаляет выбранные строки</translation>
    </message>
    <message>
        <source>Add la&amp;w</source>
        <translation>&amp;Добавить закон</translation>
    </message>
    <message>
        <source>Add a row for a law or regulation</source>
        <translation>Добавить строку для закона или нормативного акта</translation>
    </message>
    <message>
        <source>Remove law</source>
        <translation>Удалить закон</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>Удалить выбранные строки (Delete)</translation>
    </message>
    <message>
        <source>Re&amp;sponsible agencies</source>
        <translation>&amp;Ответственные ведомства</translation>
    </message>
    <message>
        <source>Responsible agencies</source>
        <translation>Ответственные ведомства</translation>
    </message>
    <message>
        <source>Add agencies in the State profile to choose the ones responsible.</source>
        <translation>Добавьте ведомства в профиль государства, чтобы выбрать ответственные.</translation>
    </message>
    <message>
        <source>&amp;Challenges</source>
        <translation>&amp;Трудности</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Трудности</translation>
    </message>
    <message>
        <source>What stands in the way?</source>
        <translation>Что этому препятствует?</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Помощь</translation>
    </message>
    <message>
        <source>Assistanc&amp;e needed</source>
        <translation>Необ&amp;ходима помощь</translation>
    </message>
    <message>
        <source>Assistance needed</source>
        <translation>Необходима помощь</translation>
    </message>
    <message>
        <source>Kinds of assistance</source>
        <translation>Виды помощи</translation>
    </message>
    <message>
        <source>Desc&amp;ription of the assistance needed</source>
        <translation>Опи&amp;сание необходимой помощи</translation>
    </message>
    <message>
        <source>Description of the assistance needed</source>
        <translation>Описание необходимой помощи</translation>
    </message>
    <message>
        <source>What is needed, for what, and at what estimated cost?</source>
        <translation>Что требуется, для чего и какова примерная стоимость?</translation>
    </message>
    <message>
        <source>Assistance &amp;offered</source>
        <translation>Пред&amp;лагаемая помощь</translation>
    </message>
    <message>
        <source>Assistance offered</source>
        <translation>Предлагаемая помощь</translation>
    </message>
    <message>
        <source>Assistance your State can offer others on this commitment</source>
        <translation>Помощь, которую ваше государство может предложить другим в связи с этим обязательством</translation>
    </message>
    <message>
        <source>National target</source>
        <translation>Национальная цель</translation>
    </message>
    <message>
        <source>National &amp;target</source>
        <translation>Национальная &amp;цель</translation>
    </message>
    <message>
        <source>The result your State aims for on this commitment</source>
        <translation>Результат, которого ваше государство стремится достичь по этому обязательству</translation>
    </message>
    <message>
        <source>Set a target &amp;date</source>
        <translation>Указать целевой с&amp;рок</translation>
    </message>
    <message>
        <source>Set a target date</source>
        <translation>Указать целевой срок</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Целевой срок</translation>
    </message>
    <message>
        <source>Report fields</source>
        <translation>Поля доклада</translation>
    </message>
    <message>
        <source>Figures the national report asks for. They belong to the whole assessment: every commitment that shows them shares the same values.</source>
        <translation>Данные, запрашиваемые в национальном докладе. Они относятся ко всей оценке: все обязательства, в которых они показаны, используют одни и те же значения.</translation>
    </message>
</context>
<context>
    <name>AssessmentActions</name>
    <message>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
</context>
<context>
    <name>AutosaveController</name>
    <message>
        <source>Editing…</source>
        <translation>Редактирование…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Saved at %1, except the fields marked ⚠ (kept as a draft)</source>
        <translation>Сохранено в %1, кроме полей, отмеченных ⚠ (сохранены как черновик)</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <source>Changed elsewhere: choose what to keep</source>
        <translation>Изменено в другом месте: выберите, что сохранить</translation>
    </message>
    <message>
        <source>Not saved — copy your text somewhere safe</source>
        <translation>Не сохранено — скопируйте текст в надежное место</translation>
    </message>
    <message>
        <source>%1

The recovery file could not be written either (%2). What you typed is still on screen: copy it somewhere safe before closing poa-desktop.</source>
        <translation>%1

Файл восстановления также не удалось записать (%2). Введенный вами текст все еще на экране: скопируйте его в надежное место, прежде чем закрывать poa-desktop.</translation>
    </message>
    <message>
        <source>Not saved — kept in a recovery file</source>
        <translation>Не сохранено — данные в файле восстановления</translation>
    </message>
    <message>
        <source>%1

What you typed stays on screen and is kept in the recovery file
%2

If it cannot be saved before you close poa-desktop, it is offered again at the next start.</source>
        <translation>%1

Введенный вами текст остается на экране и хранится в файле восстановления
%2

Если его не удастся сохранить до закрытия poa-desktop, он будет предложен снова при следующем запуске.</translation>
    </message>
    <message>
        <source>Your changes could not be saved</source>
        <translation>Не удалось сохранить изменения</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>No backup yet. The first is taken today; backups go to %1</source>
        <translation>Резервных копий пока нет. Первая будет создана сегодня; копии сохраняются в папке %1</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Восстановить эту резервную копию?</translation>
    </message>
    <message>
        <source>Backups are kept in %1, on the same disk as the database: a broken or stolen computer takes them too. Keep a copy elsewhere as well (a USB key, a network folder) with Save a copy elsewhere.</source>
        <translation>Резервные копии хранятся в %1, на том же диске, что и база данных: сломанный или украденный компьютер унесёт и их. Храните копию и в другом месте (USB-накопитель, сетевая папка) с помощью «Сохранить копию в другом месте».</translation>
    </message>
    <message>
        <source>A copy of the database is saved in %1.</source>
        <translation>Копия базы данных сохранена в %1.</translation>
    </message>
    <message>
        <source>Save a copy of the database elsewhere</source>
        <translation>Сохранить копию базы данных в другом месте</translation>
    </message>
    <message>
        <source>poa-desktop databases (*.sqlite)</source>
        <translation>Базы данных poa-desktop (*.sqlite)</translation>
    </message>
    <message>
        <source>the backup taken %1 (%2)</source>
        <translation>резервную копию от %1 (%2)</translation>
    </message>
    <message>
        <source>the copy in %1</source>
        <translation>копию %1</translation>
    </message>
    <message>
        <source>the copy in %1, last changed %2</source>
        <translation>копию %1, последний раз измененную %2</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>submitted for clearance</source>
        <translation>представлена на утверждение</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>утверждена</translation>
    </message>
    <message>
        <source>Restore %1?</source>
        <translation>Восстановить %1?</translation>
    </message>
    <message>
        <source>It holds %1 answers with a status; the database holds %2 now.</source>
        <translation>В ней %1 ответов со статусом; в базе данных сейчас %2.</translation>
    </message>
    <message>
        <source>The %1 assessment is %2 now and goes back to %3: its submission or clearance will have to be given again.</source>
        <translation>Оценка %1 сейчас %2 и вернётся в состояние «%3»: её представление или утверждение придётся дать заново.</translation>
    </message>
    <message>
        <source>The %1 assessment is not in it and goes.</source>
        <translation>Оценки %1 в ней нет, и она исчезнет.</translation>
    </message>
    <message>
        <source>What was saved since is replaced. The database as it is now is copied first, so you can come back to it from this list.</source>
        <translation>Всё сохранённое с тех пор заменяется. Текущая база данных сначала копируется, и к ней можно вернуться из этого списка.</translation>
    </message>
    <message>
        <source>The database now holds %1.

What it held just before is kept as %2, in this list: restoring that copy undoes the restore.</source>
        <translation>База данных теперь содержит %1.

То, что в ней было непосредственно перед этим, сохранено в этом списке: восстановив %2, вы отмените это восстановление.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Резервная копия восстановлена</translation>
    </message>
    <message>
        <source>Restore from a copy of the database</source>
        <translation>Восстановление из копии базы данных</translation>
    </message>
    <message>
        <source>poa-desktop databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы данных poa-desktop (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>poa-desktop copies your database every day you use it, and before every schema upgrade, import and restore. Restoring replaces what the database holds now with the chosen copy; the database as it is now is copied first, so a restore can itself be undone.</source>
        <translation>poa-desktop копирует вашу базу данных каждый день, когда вы с ней работаете, а также перед каждым обновлением схемы, импортом и восстановлением. При восстановлении текущее содержимое базы данных заменяется выбранной копией; перед этим создается копия текущей базы данных, поэтому само восстановление можно отменить.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Резервные копии (сначала новые)</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Measures answered</source>
        <translation>Мер с ответом</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>&amp;Take a backup now</source>
        <translation>&amp;Создать резервную копию сейчас</translation>
    </message>
    <message>
        <source>&amp;Save a copy elsewhere…</source>
        <translation>Со&amp;хранить копию в другом месте…</translation>
    </message>
    <message>
        <source>A copy of the database on another disk, a USB key or a network folder</source>
        <translation>Копия базы данных на другом диске, USB-накопителе или в сетевой папке</translation>
    </message>
    <message>
        <source>Restore from &amp;another file…</source>
        <translation>Восстановить из &amp;другого файла…</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup…</source>
        <translation>&amp;Восстановить выбранную копию…</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <source>Changes in %1</source>
        <translation>Изменения: %1</translation>
    </message>
    <message>
        <source>There is no earlier cycle to compare with.</source>
        <translation>Нет предыдущего цикла для сравнения.</translation>
    </message>
    <message>
        <source>There is no assessment yet.</source>
        <translation>Оценок пока нет.</translation>
    </message>
    <message>
        <source>No answer changed from %1 to %2.</source>
        <translation>Ни один ответ не изменился между %1 и %2.</translation>
    </message>
    <message>
        <source>1 answer changed from %1 to %2.</source>
        <translation>1 ответ изменился между %1 и %2.</translation>
    </message>
    <message>
        <source>%1 answers changed from %2 to %3.</source>
        <translation>Ответов, изменившихся между %2 и %3: %1.</translation>
    </message>
    <message>
        <source>Changes since an earlier cycle</source>
        <translation>Изменения с предыдущего цикла</translation>
    </message>
    <message>
        <source>Compare with the &amp;earlier cycle:</source>
        <translation>&amp;Сравнить с предыдущим циклом:</translation>
    </message>
    <message>
        <source>Earlier cycle</source>
        <translation>Предыдущий цикл</translation>
    </message>
    <message>
        <source>Answers changed since the earlier cycle</source>
        <translation>Ответы, изменившиеся с предыдущего цикла</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Status: before → now</source>
        <translation>Статус: до → сейчас</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>Измененные поля</translation>
    </message>
</context>
<context>
    <name>ClearanceDialog</name>
    <message>
        <source>Clearance of the %1 assessment</source>
        <translation>Утверждение оценки %1</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Submitted for clearance</source>
        <translation>Представлено на утверждение</translation>
    </message>
    <message>
        <source>Cleared: approved for release</source>
        <translation>Утверждено: разрешено к выпуску</translation>
    </message>
    <message>
        <source>When the answers are ready, the reporting officer submits the draft to the clearing authority.</source>
        <translation>Когда ответы будут готовы, составитель доклада представляет проект утверждающему органу.</translation>
    </message>
    <message>
        <source>The answers are frozen while the clearing authority reviews them. The clearing authority approves the assessment for release, or returns it to draft saying why.</source>
        <translation>Пока утверждающий орган рассматривает ответы, они заморожены. Утверждающий орган утверждает оценку к выпуску или возвращает ее на доработку с указанием причины.</translation>
    </message>
    <message>
        <source>The assessment is cleared and its answers are frozen. Reopen it as a draft to change them.</source>
        <translation>Оценка утверждена, ее ответы заморожены. Чтобы изменить их, вновь откройте ее как проект.</translation>
    </message>
    <message>
        <source>Returned to draft</source>
        <translation>Возвращено на доработку</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Not yet assessed: %1 (%2 of them gender measures)</source>
        <translation>Ещё не оценены: %1 (из них %2 гендерных мер)</translation>
    </message>
    <message>
        <source>Not yet assessed: %1</source>
        <translation>Ещё не оценены: %1</translation>
    </message>
    <message>
        <source>Developing, with the measures taken not described: %1</source>
        <translation>В разработке, принятые меры не описаны: %1</translation>
    </message>
    <message>
        <source>Assistance needed, with no kind chosen: %1</source>
        <translation>Нужна помощь, вид не выбран: %1</translation>
    </message>
    <message>
        <source>Report fields to correct: %1</source>
        <translation>Поля отчёта, требующие исправления: %1</translation>
    </message>
    <message>
        <source>&amp;Checklist: 1 open item</source>
        <translation>&amp;Контрольный список: 1 открытый пункт</translation>
    </message>
    <message>
        <source>&amp;Checklist: %1 open items</source>
        <translation>&amp;Контрольный список: открытых пунктов: %1</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>&amp;Контрольный список:</translation>
    </message>
    <message>
        <source>Nothing open</source>
        <translation>Открытых вопросов нет</translation>
    </message>
    <message>
        <source>(a gender measure)</source>
        <translation>(гендерная мера)</translation>
    </message>
    <message>
        <source>Open items listed in an annex: %1</source>
        <translation>Открытые вопросы, перечисленные в приложении: %1</translation>
    </message>
    <message>
        <source>Not yet submitted for clearance.</source>
        <translation>Еще не представлено на утверждение.</translation>
    </message>
    <message>
        <source>The assessment is now: %1.</source>
        <translation>Статус оценки: %1.</translation>
    </message>
    <message>
        <source>Approve the %1 assessment of %2 for release, as %3?</source>
        <translation>Утвердить к выпуску оценку %1 (государство: %2) от имени органа «%3»?</translation>
    </message>
    <message>
        <source>%1 open checklist item(s) will be listed in an annex of the report.</source>
        <translation>Открытые вопросы контрольного списка (%1) будут перечислены в приложении к докладу.</translation>
    </message>
    <message>
        <source>The assessment is then cleared: its answers stay frozen and the report names the approving authority. It can be reopened as a draft later, with a reason.</source>
        <translation>После этого оценка будет утверждена: ее ответы останутся замороженными, а в докладе будет указан утвердивший орган. Позднее ее можно вновь открыть как проект с указанием причины.</translation>
    </message>
    <message>
        <source>Approve for release</source>
        <translation>Утверждение к выпуску</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <source>Checklist of open items</source>
        <translation>Контрольный список открытых вопросов</translation>
    </message>
    <message>
        <source>Things to settle before clearance, by kind; double-click an item or press Enter to go to its commitment</source>
        <translation>Что нужно решить до утверждения, по видам; дважды щёлкните пункт или нажмите Enter, чтобы перейти к его обязательству</translation>
    </message>
    <message>
        <source>&amp;Go to the measure</source>
        <translation>Перейти к &amp;мере</translation>
    </message>
    <message>
        <source>Close the checklist and show the chosen measure</source>
        <translation>Закрыть контрольный список и показать выбранную меру</translation>
    </message>
    <message>
        <source>Clearance &amp;history:</source>
        <translation>&amp;История утверждения:</translation>
    </message>
    <message>
        <source>Clearance history</source>
        <translation>История утверждения</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Reason or open items</source>
        <translation>Причина или открытые вопросы</translation>
    </message>
    <message>
        <source>Submit for clearance</source>
        <translation>Представление на утверждение</translation>
    </message>
    <message>
        <source>Reporting &amp;officer:</source>
        <translation>&amp;Составитель доклада:</translation>
    </message>
    <message>
        <source>Name of the reporting officer</source>
        <translation>Имя составителя доклада</translation>
    </message>
    <message>
        <source>&amp;Submit for clearance</source>
        <translation>&amp;Представить на утверждение</translation>
    </message>
    <message>
        <source>Approve for release, or return to draft</source>
        <translation>Утверждение к выпуску или возврат на доработку</translation>
    </message>
    <message>
        <source>Clearing &amp;authority:</source>
        <translation>&amp;Утверждающий орган:</translation>
    </message>
    <message>
        <source>Name of the clearing authority</source>
        <translation>Название утверждающего органа</translation>
    </message>
    <message>
        <source>Approve with the open items listed in an a&amp;nnex</source>
        <translation>Утвердить с открытыми вопросами в при&amp;ложении</translation>
    </message>
    <message>
        <source>A&amp;pprove for release…</source>
        <translation>Утвер&amp;дить к выпуску…</translation>
    </message>
    <message>
        <source>The clearing authority approves the assessment for release as the national report; it is then cleared and its answers stay frozen</source>
        <translation>Утверждающий орган утверждает оценку к выпуску в качестве национального доклада; после этого оценка считается утвержденной, а ее ответы остаются замороженными</translation>
    </message>
    <message>
        <source>&amp;Reason to return:</source>
        <translation>При&amp;чина возврата:</translation>
    </message>
    <message>
        <source>Reason to return the assessment to draft</source>
        <translation>Причина возврата оценки на доработку</translation>
    </message>
    <message>
        <source>Return to &amp;draft</source>
        <translation>&amp;Вернуть на доработку</translation>
    </message>
    <message>
        <source>Reopen as a draft</source>
        <translation>Вновь открыть как проект</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваше и&amp;мя:</translation>
    </message>
    <message>
        <source>Name of the person reopening</source>
        <translation>Имя лица, вновь открывающего оценку</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>П&amp;ричина:</translation>
    </message>
    <message>
        <source>Reason to reopen the assessment</source>
        <translation>Причина повторного открытия оценки</translation>
    </message>
    <message>
        <source>Reopen as a &amp;draft</source>
        <translation>Вновь &amp;открыть как проект</translation>
    </message>
</context>
<context>
    <name>CommitmentView</name>
    <message>
        <source>Related commitments</source>
        <translation>Связанные обязательства</translation>
    </message>
    <message>
        <source>a declaration</source>
        <translation>декларацией</translation>
    </message>
    <message>
        <source>a procedural paragraph (a decision of the meeting)</source>
        <translation>процедурным пунктом (решением совещания)</translation>
    </message>
    <message>
        <source>This paragraph is %1: it is shown for reference and is not assessed.</source>
        <translation>Этот пункт является %1: он приводится для справки и не оценивается.</translation>
    </message>
    <message>
        <source>No longer current: %1</source>
        <translation>Утратило актуальность: %1</translation>
    </message>
    <message>
        <source>Addressees: %1</source>
        <translation>Адресаты: %1</translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>Темы: %1</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Уровень: %1</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>не оценивается</translation>
    </message>
    <message>
        <source>Place in the document</source>
        <translation>Место в документе</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Read in the source text…</source>
        <translation>Прочитать в исходном тексте…</translation>
    </message>
    <message>
        <source>The outcome document as bundled with the app, opened at this paragraph (F1)</source>
        <translation>Итоговый документ в составе приложения, открытый на этом пункте (F1)</translation>
    </message>
    <message>
        <source>Read this paragraph in the source text</source>
        <translation>Прочитать этот пункт в исходном тексте</translation>
    </message>
    <message>
        <source>Lead-in</source>
        <translation>Вводная часть</translation>
    </message>
    <message>
        <source>Commitment text</source>
        <translation>Текст обязательства</translation>
    </message>
    <message>
        <source>Addressees and themes</source>
        <translation>Адресаты и темы</translation>
    </message>
    <message>
        <source>Related commitments in the other document</source>
        <translation>Связанные обязательства в другом документе</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>ConflictBox</name>
    <message>
        <source>Changed here since %1</source>
        <translation>Изменено здесь после %1</translation>
    </message>
    <message>
        <source>From the agency</source>
        <translation>От ведомства</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить мою версию</translation>
    </message>
    <message>
        <source>Take the agency&apos;s</source>
        <translation>Принять версию ведомства</translation>
    </message>
    <message>
        <source>Combine both</source>
        <translation>Объединить обе</translation>
    </message>
    <message>
        <source>Keep what either side wrote: your texts first, then the agency&apos;s; laws, agencies and kinds of assistance from both; your status</source>
        <translation>Сохранить написанное обеими сторонами: сначала ваши тексты, затем тексты ведомства; законы, ведомства и виды помощи от обеих; ваш статус</translation>
    </message>
    <message>
        <source>Keep mine: %1</source>
        <translation>Оставить мою версию: %1</translation>
    </message>
    <message>
        <source>Take the agency&apos;s: %1</source>
        <translation>Принять версию ведомства: %1</translation>
    </message>
    <message>
        <source>Combine both: %1</source>
        <translation>Объединить обе: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>someone</source>
        <translation>другой пользователь</translation>
    </message>
    <message>
        <source>%1 was saved elsewhere by %2 at %3 while you were typing. Your text is safe. Choose what to keep:</source>
        <translation>Пока вы печатали, ответ по %1 был сохранен в другом месте (%2, %3). Ваш текст не потерян. Выберите, что сохранить:</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Changed elsewhere while you typed</source>
        <translation>Изменено в другом месте во время ввода</translation>
    </message>
    <message>
        <source>Your version and the version saved elsewhere, field by field</source>
        <translation>Ваша версия и версия, сохраненная в другом месте, по полям</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Yours (on screen)</source>
        <translation>Ваша (на экране)</translation>
    </message>
    <message>
        <source>Saved elsewhere</source>
        <translation>Сохранена в другом месте</translation>
    </message>
    <message>
        <source>What you choose is saved as a new version of the answer; earlier versions stay in its history.</source>
        <translation>Выбранный вариант будет сохранен как новая версия ответа; прежние версии остаются в его истории.</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Оставить мою версию</translation>
    </message>
    <message>
        <source>&amp;Combine both</source>
        <translation>&amp;Совместить обе</translation>
    </message>
    <message>
        <source>&amp;Take the saved version</source>
        <translation>&amp;Принять сохраненную версию</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Решить по&amp;зже</translation>
    </message>
</context>
<context>
    <name>CopyWords</name>
    <message>
        <source>No copy of your answers has left this computer since %1.</source>
        <translation>С %1 ни одна копия ваших ответов не покидала этот компьютер.</translation>
    </message>
    <message>
        <source>No copy of your answers has left this computer since you began on %1.</source>
        <translation>Ни одна копия ваших ответов не покидала этот компьютер с начала работы (%1).</translation>
    </message>
    <message>
        <source>File → Restore from backup… → Save a copy elsewhere… puts one on a USB key or network folder.</source>
        <translation>Команда «Файл → Восстановить из резервной копии… → Сохранить копию в другом месте…» позволяет сохранить копию на USB-накопитель или в сетевую папку.</translation>
    </message>
    <message>
        <source>No copy has left this computer yet. Save a copy elsewhere… puts one on a USB key or network folder.</source>
        <translation>Ни одна копия еще не покидала этот компьютер. Кнопка «Сохранить копию в другом месте…» позволяет сохранить копию на USB-накопитель или в сетевую папку.</translation>
    </message>
    <message>
        <source>The last copy that left this computer was saved on %1, to %2.</source>
        <translation>Последняя копия за пределами этого компьютера была сохранена %1 в %2.</translation>
    </message>
    <message>
        <source>This copy is on the same disk as the database: it will not survive a disk failure. A USB key or network folder is safer.</source>
        <translation>Эта копия находится на том же диске, что и база данных: при отказе диска она будет утрачена. USB-накопитель или сетевая папка надежнее.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Click a row to see its measures</source>
        <translation>Щёлкните строку, чтобы увидеть её меры</translation>
    </message>
    <message>
        <source>Documents and sections</source>
        <translation>Документы и разделы</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>No assessment open</source>
        <translation>Нет открытой оценки</translation>
    </message>
    <message>
        <source>%1 of %2 measures assessed (%3)</source>
        <translation>Оценено мер: %1 из %2 (%3)</translation>
    </message>
    <message>
        <source>%1 still to assess.</source>
        <translation>Осталось оценить: %1.</translation>
    </message>
    <message>
        <source>Every measure has a status.</source>
        <translation>Все меры имеют статус.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход работы</translation>
    </message>
    <message>
        <source>Progress dashboard</source>
        <translation>Обзор хода работы</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>Group measures by</source>
        <translation>Группировать меры по</translation>
    </message>
    <message>
        <source>Status chart</source>
        <translation>Диаграмма статусов</translation>
    </message>
    <message>
        <source>Status of measures per document and section</source>
        <translation>Статус мер по документам и разделам</translation>
    </message>
    <message>
        <source>Status counts</source>
        <translation>Количество по статусам</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <source>Today&apos;s backup could not be taken: %1</source>
        <translation>Не удалось создать сегодняшнюю резервную копию: %1</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <source>Copy saved to %1</source>
        <translation>Копия сохранена: %1</translation>
    </message>
    <message>
        <source>Copy saved to %1.</source>
        <translation>Копия сохранена: %1.</translation>
    </message>
    <message>
        <source>Save a copy of the database</source>
        <translation>Сохранение копии базы данных</translation>
    </message>
    <message>
        <source>poa-desktop databases (*.sqlite)</source>
        <translation>Базы данных poa-desktop (*.sqlite)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Резервная копия восстановлена.</translation>
    </message>
    <message>
        <source>The text of this document is not bundled.</source>
        <translation>Текст этого документа не входит в состав приложения.</translation>
    </message>
</context>
<context>
    <name>DocumentChoice</name>
    <message>
        <source>Outcome documents it covers</source>
        <translation>Итоговые документы, которые она охватывает</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>This assessment is submitted or cleared: what it covers stays.</source>
        <translation>Эта оценка представлена или утверждена: её охват не меняется.</translation>
    </message>
    <message>
        <source>Left out when poa-desktop started: %1</source>
        <translation>Не загружено при запуске poa-desktop: %1</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>встроенный</translation>
    </message>
    <message>
        <source>Add an outcome document</source>
        <translation>Добавить итоговый документ</translation>
    </message>
    <message>
        <source>Catalog documents (*.json)</source>
        <translation>Документы каталога (*.json)</translation>
    </message>
    <message>
        <source>Not installed:
%1</source>
        <translation>Не установлено:
%1</translation>
    </message>
    <message>
        <source>Installed %1. Tick it to cover it in this assessment.</source>
        <translation>%1 установлен. Отметьте его, чтобы включить в эту оценку.</translation>
    </message>
    <message>
        <source>Uninstall %1 (%2)?</source>
        <translation>Удалить %1 (%2)?</translation>
    </message>
    <message>
        <source>Remove a document</source>
        <translation>Удалить документ</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 удалён.</translation>
    </message>
    <message>
        <source>Outcome documents</source>
        <translation>Итоговые документы</translation>
    </message>
    <message>
        <source>The outcome documents installed. Tick those this assessment covers. A newer outcome or a regional instrument is added from its file; adding one changes no assessment until you tick it.</source>
        <translation>Установленные итоговые документы. Отметьте те, которые охватывает эта оценка. Более новый итоговый документ или региональный документ добавляется из его файла; добавление не меняет ни одной оценки, пока вы его не отметите.</translation>
    </message>
    <message>
        <source>Outcome documents installed</source>
        <translation>Установленные итоговые документы</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Охвачен</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Меры</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>&amp;Add a document…</source>
        <translation>&amp;Добавить документ…</translation>
    </message>
    <message>
        <source>Check a document file (JSON) and install it for this user</source>
        <translation>Проверить файл документа (JSON) и установить его для этого пользователя</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Uninstall the selected document (only one you added, and only while no answer uses it)</source>
        <translation>Удалить выбранный документ (только добавленный вами и пока его не использует ни один ответ)</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Evidence files</source>
        <translation>Подтверждающие документы</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1, автор: %2</translation>
    </message>
    <message>
        <source>%1
Type: %2
SHA-256: %3</source>
        <translation>%1
Тип: %2
SHA-256: %3</translation>
    </message>
    <message>
        <source>This answer cannot change: its files can be opened and saved, not attached or removed.</source>
        <translation>Этот ответ нельзя изменить: его подтверждающие документы можно открывать и сохранять, но нельзя прикреплять или удалять.</translation>
    </message>
    <message>
        <source>Drop more files here to attach them (up to %1 each).</source>
        <translation>Перетащите сюда другие файлы, чтобы прикрепить их (не более %1 каждый).</translation>
    </message>
    <message>
        <source>No files attached yet. Attach the documents that support this answer (a law, a decree, a report), or drop them here: up to %1 each.</source>
        <translation>Файлы еще не прикреплены. Прикрепите документы, подтверждающие этот ответ (закон, указ, доклад), или перетащите их сюда: не более %1 каждый.</translation>
    </message>
    <message>
        <source>Attach files to this answer</source>
        <translation>Прикрепление файлов к этому ответу</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Прикрепление файлов</translation>
    </message>
    <message>
        <source>1 file attached.</source>
        <translation>Прикреплен 1 файл.</translation>
    </message>
    <message>
        <source>%1 files attached.</source>
        <translation>Прикреплено файлов: %1.</translation>
    </message>
    <message>
        <source>Evidence files: drop to attach</source>
        <translation>Подтверждающие документы: отпустите, чтобы прикрепить</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>No program to open %1 was found. Save a copy and open it from there.</source>
        <translation>Не найдена программа, чтобы открыть %1. Сохраните копию и откройте ее оттуда.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <source>Copy saved to %1</source>
        <translation>Копия сохранена: %1</translation>
    </message>
    <message>
        <source>Remove evidence file</source>
        <translation>Удаление подтверждающего документа</translation>
    </message>
    <message>
        <source>Remove %1 from %2?

A backup of the database is taken first; it still holds the file (File → Restore from backup).</source>
        <translation>Удалить %1 из %2?

Сначала создается резервная копия базы данных; файл в ней сохранится («Файл → Восстановить из резервной копии»).</translation>
    </message>
    <message>
        <source>%1 removed; the backup %2 still holds it.</source>
        <translation>%1 удален; резервная копия %2 по-прежнему содержит его.</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Прикрепленные файлы</translation>
    </message>
    <message>
        <source>Double-click a file to open it</source>
        <translation>Дважды щелкните файл, чтобы открыть его</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Прикрепить файлы…</translation>
    </message>
    <message>
        <source>Choose files to attach to this answer (or drop them here)</source>
        <translation>Выбрать файлы, чтобы прикрепить их к этому ответу (или перетащить их сюда)</translation>
    </message>
    <message>
        <source>Open the selected file with the program your system uses for it</source>
        <translation>Открыть выбранный файл программой, которую ваша система использует для таких файлов</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <source>Save the selected file somewhere on this computer</source>
        <translation>Сохранить выбранный файл на этом компьютере</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Remove the selected file from this answer (a backup is taken first)</source>
        <translation>Удалить выбранный файл из этого ответа (сначала создается резервная копия)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>(no annex)</source>
        <translation>(без приложения)</translation>
    </message>
    <message>
        <source>By outcome document</source>
        <translation>По итоговым документам</translation>
    </message>
    <message>
        <source>As UNODA&apos;s template</source>
        <translation>Как в шаблоне Управления по вопросам разоружения</translation>
    </message>
    <message>
        <source>Folder for the report</source>
        <translation>Папка для доклада</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>Выберите хотя бы один формат.</translation>
    </message>
    <message>
        <source>Give the file a name.</source>
        <translation>Укажите имя файла.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Запись доклада…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Replace these files?
%1</source>
        <translation>Заменить эти файлы?
%1</translation>
    </message>
    <message>
        <source>The report is written:
%1</source>
        <translation>Доклад записан:
%1</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Export the national report</source>
        <translation>Экспорт национального доклада</translation>
    </message>
    <message>
        <source>Write the voluntary national report as a PDF to sign and send, and as an Excel workbook that UNODA and this application can read.</source>
        <translation>Запишите добровольный национальный доклад в формате PDF для подписания и отправки, а также в виде книги Excel, которую могут прочитать Управление по вопросам разоружения и это приложение.</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Форматы</translation>
    </message>
    <message>
        <source>&amp;PDF report</source>
        <translation>&amp;Доклад в формате PDF</translation>
    </message>
    <message>
        <source>&amp;Excel workbook</source>
        <translation>&amp;Книга Excel</translation>
    </message>
    <message>
        <source>Submission pac&amp;kage (.zip)</source>
        <translation>П&amp;акет доклада для представления (.zip)</translation>
    </message>
    <message>
        <source>One zip file with the PDF, the workbook, the evidence files and a manifest of their SHA-256, which File → Verify a report package… checks</source>
        <translation>Один zip-файл, содержащий PDF, книгу Excel, подтверждающие документы и манифест с их хеш-суммами SHA-256, который проверяет команда «Файл → Проверить пакет доклада…»</translation>
    </message>
    <message>
        <source>Report lan&amp;guage:</source>
        <translation>&amp;Язык доклада:</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Язык доклада</translation>
    </message>
    <message>
        <source>The language the PDF report and the Excel workbook are written in, whatever the language of the window. Commitment IDs and the status codes stay the same in every language.</source>
        <translation>Язык, на котором составляются доклад в формате PDF и книга Excel, независимо от языка окна. Идентификаторы обязательств и коды статусов одинаковы для всех языков.</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>Порядок &amp;мер:</translation>
    </message>
    <message>
        <source>Order of the measures in the PDF</source>
        <translation>Порядок мер в PDF</translation>
    </message>
    <message>
        <source>Each outcome document in its own order, or the sections of UNODA&apos;s national report template, the order of its online form</source>
        <translation>Каждый итоговый документ в собственном порядке или разделы шаблона национального доклада Управления по вопросам разоружения в порядке его онлайн-формы</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Место сохранения</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Имя файла:</translation>
    </message>
    <message>
        <source>File name without extension</source>
        <translation>Имя файла без расширения</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Print only the first &amp;sentence of each commitment</source>
        <translation>Печатать только первое п&amp;редложение каждого обязательства</translation>
    </message>
    <message>
        <source>Annex of what &amp;changed since:</source>
        <translation>Прило&amp;жение об изменениях с цикла:</translation>
    </message>
    <message>
        <source>Annex of what changed since an earlier cycle</source>
        <translation>Приложение об изменениях с предыдущего цикла</translation>
    </message>
    <message>
        <source>&amp;Leave out measures not yet assessed</source>
        <translation>&amp;Не включать еще не оцененные меры</translation>
    </message>
</context>
<context>
    <name>ExportThread</name>
    <message>
        <source>The report could not be written (%1). Nothing was written; the details are in %2.</source>
        <translation>Не удалось записать доклад (%1). Ничего не записано; подробности — в %2.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All documents</source>
        <translation>Все документы</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Все темы</translation>
    </message>
    <message>
        <source>All addressees</source>
        <translation>Все адресаты</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <source>Contents of the guide</source>
        <translation>Содержание руководства</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>История: %1</translation>
    </message>
    <message>
        <source>No saved answer yet.</source>
        <translation>Сохраненных ответов пока нет.</translation>
    </message>
    <message>
        <source>Each time the answer is saved, a version appears here.</source>
        <translation>При каждом сохранении ответа здесь появляется новая версия.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation>Восстановление версии</translation>
    </message>
    <message>
        <source>Make version %1 the current answer to %2?

The current answer stays in the history, so this can be undone.</source>
        <translation>Сделать версию %1 текущим ответом по %2?

Текущий ответ останется в истории, поэтому это действие можно отменить.</translation>
    </message>
    <message>
        <source>Could not restore</source>
        <translation>Не удалось восстановить</translation>
    </message>
    <message>
        <source>#%1  %2  %3  %4</source>
        <translation>№ %1  %2  %3  %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Изменено: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Added text is %1; removed text is %2.</source>
        <translation>Добавленный текст %1; удаленный текст %2.</translation>
    </message>
    <message>
        <source>underlined on green</source>
        <translation>подчеркнут на зеленом фоне</translation>
    </message>
    <message>
        <source>struck through on red</source>
        <translation>зачеркнут на красном фоне</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>До:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>После:</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (текущая)</translation>
    </message>
    <message>
        <source>Saved %1 by %2, %3</source>
        <translation>Сохранено %1; автор: %2; %3</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Ничего не изменилось.</translation>
    </message>
    <message>
        <source>The whole answer in this version</source>
        <translation>Полный текст ответа в этой версии</translation>
    </message>
    <message>
        <source>This is the current answer.</source>
        <translation>Это текущий ответ.</translation>
    </message>
    <message>
        <source>This version is the same as the current answer.</source>
        <translation>Эта версия совпадает с текущим ответом.</translation>
    </message>
    <message>
        <source>Make version %1 the current answer again.</source>
        <translation>Снова сделать версию %1 текущим ответом.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>&amp;Saved versions, newest first:</source>
        <translation>&amp;Сохраненные версии (сначала новые):</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Сохраненные версии</translation>
    </message>
    <message>
        <source>Each saved version of this answer, newest first</source>
        <translation>Все сохраненные версии этого ответа, начиная с последней</translation>
    </message>
    <message>
        <source>&amp;Details of the selected version:</source>
        <translation>&amp;Подробности выбранной версии:</translation>
    </message>
    <message>
        <source>Details of the selected version</source>
        <translation>Подробности выбранной версии</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Восстановить эту версию</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Восстановить эту версию</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>new answer</source>
        <translation>новый ответ</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменен</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>оставлен</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Step 1 of 3: the workbook</source>
        <translation>Шаг 1 из 3: книга Excel</translation>
    </message>
    <message>
        <source>Step 2 of 3: the columns</source>
        <translation>Шаг 2 из 3: столбцы</translation>
    </message>
    <message>
        <source>Step 3 of 3: check and import</source>
        <translation>Шаг 3 из 3: проверка и импорт</translation>
    </message>
    <message>
        <source>Another State&apos;s report</source>
        <translation>Доклад другого государства</translation>
    </message>
    <message>
        <source>This workbook is the report of %1. The assessment open is %2&apos;s.

Importing it puts the answers of %1 into the assessment of %2. A preview shows every change first, and a backup is taken before anything is written.</source>
        <translation>Эта книга Excel содержит доклад государства %1. Открыта оценка государства %2.

При импорте ответы государства %1 будут внесены в оценку государства %2. Сначала при предварительном просмотре будут показаны все изменения, а перед записью будет создана резервная копия.</translation>
    </message>
    <message>
        <source>Import %1&apos;s answers into %2</source>
        <translation>Импортировать ответы государства %1 в оценку государства %2</translation>
    </message>
    <message>
        <source>Stopped: nothing was read.</source>
        <translation>Остановлено: ничего не прочитано.</translation>
    </message>
    <message>
        <source>Workbook to import</source>
        <translation>Книга Excel для импорта</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Книги Excel (*.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose a workbook first.</source>
        <translation>Сначала выберите книгу Excel.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <source>The sheets and columns chosen last time for this workbook are used.</source>
        <translation>Используются листы и столбцы, выбранные для этой книги Excel в прошлый раз.</translation>
    </message>
    <message>
        <source>%1 (no table found)</source>
        <translation>%1 (таблица не найдена)</translation>
    </message>
    <message>
        <source>Sheets to import: %1.</source>
        <translation>Листы для импорта: %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Not read: %1.</source>
        <translation>Не прочитаны: %1.</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Столбец для поля «%1»</translation>
    </message>
    <message>
        <source>(not in this sheet)</source>
        <translation>(нет на этом листе)</translation>
    </message>
    <message>
        <source>Choose at least one sheet to import (Import this sheet).</source>
        <translation>Выберите хотя бы один лист для импорта (флажок «Импортировать этот лист»).</translation>
    </message>
    <message>
        <source>%1 new answers, %2 changed, %3 unchanged, %4 kept, %5 report field values.</source>
        <translation>Новых ответов: %1; изменено: %2; без изменений: %3; оставлено: %4; значений полей доклада: %5.</translation>
    </message>
    <message>
        <source>Replacing overwrites %1 filled fields (see Fields changed).</source>
        <translation>При замене будут перезаписаны заполненные поля: %1 (см. столбец «Измененные поля»).</translation>
    </message>
    <message>
        <source>%1 filled fields differ from the file and are left as they are; choose Replace (Back) to take the file&apos;s values.</source>
        <translation>Заполненные поля, отличающиеся от файла, оставлены без изменений: %1. Чтобы принять значения из файла, выберите «Заменить содержимое» (кнопка «Назад»).</translation>
    </message>
    <message>
        <source>Cannot be read: %1 cell(s), %2 row(s).</source>
        <translation>Не удалось прочитать: ячеек — %1, строк — %2.</translation>
    </message>
    <message>
        <source>%1, sheets %2.</source>
        <translation>%1, листы: %2.</translation>
    </message>
    <message>
        <source>Cell skipped: </source>
        <translation>Пропущена ячейка: </translation>
    </message>
    <message>
        <source>Row skipped: </source>
        <translation>Пропущена строка: </translation>
    </message>
    <message>
        <source>Add to the State profile the agencies it does not have (%1): %2</source>
        <translation>Добавить в профиль государства отсутствующие в нем ведомства (%1): %2</translation>
    </message>
    <message>
        <source>Understood: </source>
        <translation>Распознано: </translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation>Импорт ответов</translation>
    </message>
    <message>
        <source>Choose a workbook: one exported by poa-desktop, or a tracker your ministry keeps. Nothing is written until you confirm the preview.</source>
        <translation>Выберите книгу Excel: экспортированную из poa-desktop или таблицу, которую ведет ваше министерство. Ничего не записывается, пока вы не подтвердите результаты предварительного просмотра.</translation>
    </message>
    <message>
        <source>path of an .xlsx file</source>
        <translation>путь к файлу .xlsx</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>&amp;Import this sheet</source>
        <translation>&amp;Импортировать этот лист</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>Строка &amp;заголовков:</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Строка заголовков</translation>
    </message>
    <message>
        <source>Which column holds what (proposed from the headers; change any of them):</source>
        <translation>Какой столбец что содержит (предложено на основе заголовков; любой можно изменить):</translation>
    </message>
    <message>
        <source>Column for each field</source>
        <translation>Столбец для каждого поля</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Column in the sheet</source>
        <translation>Столбец на листе</translation>
    </message>
    <message>
        <source>Other status &amp;words:</source>
        <translation>Другие обозначения &amp;статуса:</translation>
    </message>
    <message>
        <source>Other status words</source>
        <translation>Другие обозначения статуса</translation>
    </message>
    <message>
        <source>e.g.  Peut-être = developing; x = implemented; TBC = none</source>
        <translation>напр.:  Возможно = developing; x = implemented; уточн. = none</translation>
    </message>
    <message>
        <source>Existing answers:</source>
        <translation>Существующие ответы:</translation>
    </message>
    <message>
        <source>&amp;Fill only their empty fields</source>
        <translation>Заполнить только &amp;пустые поля</translation>
    </message>
    <message>
        <source>&amp;Replace what they hold</source>
        <translation>За&amp;менить содержимое</translation>
    </message>
    <message>
        <source>Overwrites filled fields with the file&apos;s values; the preview counts them</source>
        <translation>Заполненные поля перезаписываются значениями из файла; их число показано при предварительном просмотре</translation>
    </message>
    <message>
        <source>&amp;Keep them whole</source>
        <translation>Оставить &amp;как есть</translation>
    </message>
    <message>
        <source>What the import changes</source>
        <translation>Что изменит импорт</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Status: before → after</source>
        <translation>Статус: до → после</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>Измененные поля</translation>
    </message>
    <message>
        <source>Cells and rows that cannot be read:</source>
        <translation>Нечитаемые ячейки и строки:</translation>
    </message>
    <message>
        <source>Cells and rows that cannot be read</source>
        <translation>Нечитаемые ячейки и строки</translation>
    </message>
    <message>
        <source>&amp;Skip what cannot be read and import the rest</source>
        <translation>П&amp;ропустить нечитаемое и импортировать остальное</translation>
    </message>
    <message>
        <source>How typed values were understood, and notes:</source>
        <translation>Как распознаны введенные значения; примечания:</translation>
    </message>
    <message>
        <source>How typed values were understood, and notes</source>
        <translation>Как распознаны введенные значения; примечания</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>Импор&amp;тировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>Import finished</source>
        <translation>Импорт завершен</translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation>Импорт выполнен.</translation>
    </message>
    <message>
        <source>A backup was taken just before: %1</source>
        <translation>Непосредственно перед импортом создана резервная копия: %1</translation>
    </message>
    <message>
        <source>Undo: restore the backup…</source>
        <translation>Отменить: восстановить резервную копию…</translation>
    </message>
    <message>
        <source>New answers: %1</source>
        <translation>Новых ответов: %1</translation>
    </message>
    <message>
        <source>Answers changed: %1</source>
        <translation>Изменено ответов: %1</translation>
    </message>
    <message>
        <source>Answers kept as they were: %1</source>
        <translation>Ответов, оставленных без изменений: %1</translation>
    </message>
    <message>
        <source>Report field values: %1</source>
        <translation>Значений полей доклада: %1</translation>
    </message>
    <message>
        <source>Cells skipped: %1</source>
        <translation>Пропущено ячеек: %1</translation>
    </message>
    <message>
        <source>Rows skipped: %1</source>
        <translation>Пропущено строк: %1</translation>
    </message>
    <message>
        <source>Agencies added to the profile: %1</source>
        <translation>Ведомств, добавленных в профиль: %1</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Язы&amp;к</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>язык системы</translation>
    </message>
    <message>
        <source>poa-desktop will speak %1 from its next start.</source>
        <translation>Язык интерфейса poa-desktop после следующего запуска: %1.</translation>
    </message>
    <message>
        <source>For now POA_DESKTOP_LANG=%1 is set, and wins over this choice.</source>
        <translation>Сейчас задана переменная POA_DESKTOP_LANG=%1, и она имеет приоритет над этим выбором.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>LawsTable</name>
    <message>
        <source>Title (original language)</source>
        <translation>Название (на языке оригинала)</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>Название на английском языке</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Сфера</translation>
    </message>
    <message>
        <source>What it provides</source>
        <translation>Что предусматривает</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Progress</source>
        <translation>Ход работы</translation>
    </message>
    <message>
        <source>a declaration</source>
        <translation>декларация</translation>
    </message>
    <message>
        <source>a procedural paragraph</source>
        <translation>процедурный пункт</translation>
    </message>
    <message>
        <source>This answer was saved when the commitment catalog counted %1 as a measure. Catalog %2 reads it as %3, which is not assessed: the answer is kept and shown here read-only, but it no longer counts in the progress or the report.</source>
        <translation>Этот ответ был сохранен, когда каталог обязательств относил %1 к мерам. В каталоге %2 это %3, а такие пункты не оцениваются: ответ сохранен и показан здесь только для чтения, но больше не учитывается ни в ходе работы, ни в докладе.</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>Ответа пока нет</translation>
    </message>
    <message>
        <source>Last saved %1</source>
        <translation>Последнее сохранение: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>— автор: %1</translation>
    </message>
    <message>
        <source>%1 of %2 paragraphs match</source>
        <translation>Найдено пунктов: %1 из %2</translation>
    </message>
    <message>
        <source>Assessed %1 of %2 measures (%3%)</source>
        <translation>Оценено мер: %1 из %2 (%3%)</translation>
    </message>
    <message>
        <source> (submitted for clearance)</source>
        <translation> (представлено на утверждение)</translation>
    </message>
    <message>
        <source> (cleared)</source>
        <translation> (утверждено)</translation>
    </message>
    <message>
        <source>Working as %1</source>
        <translation>Автор изменений: %1</translation>
    </message>
    <message>
        <source>Working as</source>
        <translation>Автор изменений</translation>
    </message>
    <message>
        <source>Your name, as the history and the report should record your changes.
Leave it empty to work as the focal point of the State profile. The computer login is recorded beside it.</source>
        <translation>Ваше имя, под которым ваши изменения будут записаны в истории и в докладе.
Оставьте поле пустым, чтобы работать от имени национального координатора, указанного в профиле государства. Рядом также записывается имя пользователя компьютера.</translation>
    </message>
    <message>
        <source>To change them, reopen the assessment as a draft, saying why (Assessment → Clearance…).</source>
        <translation>Чтобы изменить их, вновь откройте оценку как проект, указав причину («Оценка → Утверждение…»).</translation>
    </message>
    <message>
        <source>Submitted for clearance: the answers cannot change.</source>
        <translation>Представлено на утверждение: ответы нельзя изменить.</translation>
    </message>
    <message>
        <source>Submitted for clearance on %1 by %2: the answers cannot change.</source>
        <translation>Представлено на утверждение %1 (%2): ответы нельзя изменить.</translation>
    </message>
    <message>
        <source>Cleared (approved for release): the answers are frozen.</source>
        <translation>Утверждено (разрешено к выпуску): ответы заморожены.</translation>
    </message>
    <message>
        <source>Cleared (approved for release) on %1 by %2: the answers are frozen.</source>
        <translation>Утверждено (разрешено к выпуску) %1 (%2): ответы заморожены.</translation>
    </message>
    <message>
        <source>poa-desktop</source>
        <translation>poa-desktop</translation>
    </message>
    <message>
        <source>Search commitments and answers (Ctrl+F)</source>
        <translation>Поиск по обязательствам и ответам (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Filter by document</source>
        <translation>Фильтр по документу</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <source>Filter by theme</source>
        <translation>Фильтр по теме</translation>
    </message>
    <message>
        <source>Filter by addressees</source>
        <translation>Фильтр по адресатам</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Предыдущее</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>С&amp;ледующее</translation>
    </message>
    <message>
        <source>Next &amp;unanswered</source>
        <translation>Следующее &amp;без ответа</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;История…</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Состояние сохранения</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Навигация</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Ответ</translation>
    </message>
    <message>
        <source>A&amp;ssessment</source>
        <translation>О&amp;ценка</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Новая оценка…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Import answers…</source>
        <translation>&amp;Импорт ответов…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Prepare agency workbook…</source>
        <translation>&amp;Подготовить книгу Excel для ведомства…</translation>
    </message>
    <message>
        <source>&amp;Take back an agency&apos;s workbook…</source>
        <translation>П&amp;ринять книгу Excel от ведомства…</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Экспорт доклада…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Verify a report package…</source>
        <translation>Проверить пакет &amp;доклада…</translation>
    </message>
    <message>
        <source>Check that a submission package (.zip) is exactly as it was written</source>
        <translation>Проверить, что пакет доклада (.zip) в точности такой, каким он был записан</translation>
    </message>
    <message>
        <source>&amp;Analyse national reports…</source>
        <translation>Ана&amp;лиз национальных докладов…</translation>
    </message>
    <message>
        <source>Read many States&apos; national workbooks together: implementation by measure, State, theme and region, and assistance needed against offered</source>
        <translation>Прочитать вместе национальные книги Excel многих государств: осуществление по мерам, государствам, темам и регионам, а также необходимая помощь в сопоставлении с предлагаемой</translation>
    </message>
    <message>
        <source>&amp;Reporting period and language…</source>
        <translation>&amp;Отчетный период и язык…</translation>
    </message>
    <message>
        <source>Outcome &amp;documents…</source>
        <translation>Итоговые д&amp;окументы…</translation>
    </message>
    <message>
        <source>The outcome documents this assessment covers; add a newer outcome or a regional instrument</source>
        <translation>Итоговые документы, которые охватывает эта оценка; добавить более новый итоговый или региональный документ</translation>
    </message>
    <message>
        <source>&amp;Working as…</source>
        <translation>&amp;Автор изменений…</translation>
    </message>
    <message>
        <source>Who the changes are recorded as (the focal point unless you say otherwise)</source>
        <translation>От чьего имени записываются изменения (по умолчанию — национальный координатор)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Previous commitment</source>
        <translation>&amp;Предыдущее обязательство</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>&amp;Next commitment</source>
        <translation>&amp;Следующее обязательство</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Next &amp;unanswered measure</source>
        <translation>Следующая мера &amp;без ответа</translation>
    </message>
    <message>
        <source>The next measure without a status (Ctrl+U)</source>
        <translation>Следующая мера без статуса (Ctrl+U)</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Обзор хода работы</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>What &amp;changed since an earlier cycle…</source>
        <translation>&amp;Изменения с предыдущего цикла…</translation>
    </message>
    <message>
        <source>&amp;Confirm unchanged since the earlier cycle</source>
        <translation>&amp;Подтвердить отсутствие изменений с предыдущего цикла</translation>
    </message>
    <message>
        <source>State &amp;profile and agencies…</source>
        <translation>&amp;Профиль государства и ведомства…</translation>
    </message>
    <message>
        <source>&amp;Agencies and assignments…</source>
        <translation>&amp;Ведомства и распределение мер…</translation>
    </message>
    <message>
        <source>&amp;Clearance…</source>
        <translation>&amp;Утверждение…</translation>
    </message>
    <message>
        <source>&amp;History of this answer…</source>
        <translation>&amp;История этого ответа…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Сохранить &amp;копию как…</translation>
    </message>
    <message>
        <source>Save a self-contained copy of the database, e.g. to hand it over</source>
        <translation>Сохранить автономную копию базы данных, например для передачи</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>Read this paragraph in the &amp;source text</source>
        <translation>Прочитать этот пункт в &amp;исходном тексте</translation>
    </message>
    <message>
        <source>Open the outcome document as bundled with the app, at this paragraph</source>
        <translation>Открыть итоговый документ в составе приложения на этом пункте</translation>
    </message>
    <message>
        <source>Shift+F1</source>
        <translation>Shift+F1</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>How to use poa-desktop, step by step</source>
        <translation>Как пользоваться poa-desktop, шаг за шагом</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About poa-desktop</source>
        <translation>&amp;О программе poa-desktop</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>The filter shows no measures. Clear the filter to see them all.</source>
        <translation>Фильтр не показывает ни одной меры. Сбросьте фильтр, чтобы увидеть все меры.</translation>
    </message>
    <message>
        <source>Every measure the filter shows has a status. Clear the filter to find the %1 still to assess.</source>
        <translation>У всех мер, показываемых фильтром, есть статус. Сбросьте фильтр, чтобы найти меры, которые еще предстоит оценить (%1).</translation>
    </message>
    <message>
        <source>Every measure has a status.</source>
        <translation>У всех мер есть статус.</translation>
    </message>
    <message>
        <source>This is the last measure the filter shows (%1 of %2). Clear the filter to go on.</source>
        <translation>Это последняя мера, показываемая фильтром (%1 из %2). Сбросьте фильтр, чтобы продолжить.</translation>
    </message>
    <message>
        <source>This is the last measure (%1 of %2).</source>
        <translation>Это последняя мера (%1 из %2).</translation>
    </message>
    <message>
        <source>This is the first measure the filter shows (%1 of %2). Clear the filter to go further back.</source>
        <translation>Это первая мера, показываемая фильтром (%1 из %2). Сбросьте фильтр, чтобы вернуться дальше назад.</translation>
    </message>
    <message>
        <source>This is the first measure (%1 of %2).</source>
        <translation>Это первая мера (%1 из %2).</translation>
    </message>
    <message>
        <source>This measure is the last one without a status.</source>
        <translation>Это последняя мера без статуса.</translation>
    </message>
    <message>
        <source>The short codes name the sections of each document:</source>
        <translation>Краткие коды обозначают разделы каждого документа:</translation>
    </message>
</context>
<context>
    <name>NavigationModel</name>
    <message>
        <source>%1: shown for reference, not assessed (%2)</source>
        <translation>%1: приводится для справки, не оценивается (%2)</translation>
    </message>
    <message>
        <source>a declaration</source>
        <translation>декларация</translation>
    </message>
    <message>
        <source>a procedural paragraph</source>
        <translation>процедурный пункт</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Reporting period and report language</source>
        <translation>Отчетный период и язык доклада</translation>
    </message>
    <message>
        <source>The period the national report covers, as UNODA&apos;s template asks for it, and the language the report is written in unless you choose another when exporting.</source>
        <translation>Период, охватываемый национальным докладом, как того требует шаблон Управления по вопросам разоружения, и язык, на котором составляется доклад, если при экспорте не выбран другой.</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Первый день:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>First day of the reporting period</source>
        <translation>Первый день отчетного периода</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Последний &amp;день:</translation>
    </message>
    <message>
        <source>Last day of the reporting period</source>
        <translation>Последний день отчетного периода</translation>
    </message>
    <message>
        <source>Report lan&amp;guage:</source>
        <translation>&amp;Язык доклада:</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Язык доклада</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>ProgressTableModel</name>
    <message>
        <source>%1: %2 of %3 measures assessed</source>
        <translation>%1: оценено мер — %2 из %3</translation>
    </message>
    <message>
        <source>Share of the measures that have a status</source>
        <translation>Доля мер, имеющих статус</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Меры</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Оценено</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>&amp;Restore these answers</source>
        <translation>&amp;Восстановить эти ответы</translation>
    </message>
    <message>
        <source>&amp;Save as a file…</source>
        <translation>&amp;Сохранить в файл…</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Решить &amp;позже</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Ничего не восстановлено: %1</translation>
    </message>
    <message>
        <source>The answers were restored, but the recovery file could not be updated (%1): choose Discard, or they are offered again at the next start.</source>
        <translation>Ответы восстановлены, но файл восстановления не удалось обновить (%1): выберите «Удалить», иначе они будут предложены снова при следующем запуске.</translation>
    </message>
    <message>
        <source>%1 answer(s) restored. %2 could not be restored and stay in the recovery file:
%3</source>
        <translation>Восстановлено ответов: %1. Не удалось восстановить: %2; они остаются в файле восстановления:
%3</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1. The answers are still kept here until you restore or discard them.</source>
        <translation>Сохранено в %1. Ответы по-прежнему хранятся здесь, пока вы не восстановите или не удалите их.</translation>
    </message>
    <message>
        <source>Save the kept answers as</source>
        <translation>Сохранить ответы как</translation>
    </message>
    <message>
        <source>Text (*.txt);;JSON (*.json)</source>
        <translation>Текст (*.txt);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Discard the kept answers?</source>
        <translation>Удалить сохраненные ответы?</translation>
    </message>
    <message>
        <source>What you typed in these answers will be lost for good. Save them as a file first if you may need them.</source>
        <translation>Все, что вы ввели в этих ответах, будет безвозвратно утрачено. Если эти данные могут понадобиться, сначала сохраните их в файл.</translation>
    </message>
    <message>
        <source>poa-desktop could not save your last changes to the database
    %1
and kept them in the recovery file
    %2
Restore them into the database now, save them as a file to keep, or discard them.</source>
        <translation>poa-desktop не удалось сохранить ваши последние изменения в базе данных
    %1
и они сохранены в файле восстановления
    %2
Восстановите их в базе данных сейчас, сохраните в отдельный файл или удалите.</translation>
    </message>
    <message>
        <source>a recovery file</source>
        <translation>файл восстановления</translation>
    </message>
    <message>
        <source>Disk full</source>
        <translation>Диск заполнен</translation>
    </message>
    <message>
        <source>Could not write (read-only)</source>
        <translation>Запись невозможна (только чтение)</translation>
    </message>
    <message>
        <source>Database file deleted or moved</source>
        <translation>Файл базы данных удален или перемещен</translation>
    </message>
    <message>
        <source>Database file damaged</source>
        <translation>Файл базы данных поврежден</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Не удалось сохранить</translation>
    </message>
    <message>
        <source>Answers that could not be saved</source>
        <translation>Ответы, которые не удалось сохранить</translation>
    </message>
    <message>
        <source>&amp;Kept answers:</source>
        <translation>Со&amp;храненные ответы:</translation>
    </message>
    <message>
        <source>Kept answers</source>
        <translation>Сохраненные ответы</translation>
    </message>
    <message>
        <source>Each answer that could not be saved: its assessment, commitment, status, first words, when and why</source>
        <translation>Каждый ответ, который не удалось сохранить: оценка, обязательство, статус, первые слова, когда и почему</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Принятые меры</translation>
    </message>
    <message>
        <source>Kept on</source>
        <translation>Когда сохранено</translation>
    </message>
    <message>
        <source>Why it was not saved</source>
        <translation>Почему не сохранено</translation>
    </message>
    <message>
        <source>Restoring saves each answer as a new version. If an answer was changed since, what it said before stays in its history (the History… button) and can be restored from there.</source>
        <translation>При восстановлении каждый ответ сохраняется как новая версия. Если ответ с тех пор изменился, его прежнее содержание остается в истории (кнопка «История…») и может быть восстановлено оттуда.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Annex A. Assistance needed and offered</source>
        <translation>Приложение A. Необходимая и предлагаемая помощь</translation>
    </message>
    <message>
        <source>A.1 Assistance needed</source>
        <translation>A.1 Необходимая помощь</translation>
    </message>
    <message>
        <source>A.2 Assistance offered</source>
        <translation>A.2 Предлагаемая помощь</translation>
    </message>
    <message>
        <source>Annex B. Laws and regulations cited</source>
        <translation>Приложение B. Упомянутые законы и нормативные акты</translation>
    </message>
    <message>
        <source>Annex C. Contacts</source>
        <translation>Приложение C. Контактные данные</translation>
    </message>
    <message>
        <source>C.1 National focal point</source>
        <translation>C.1 Национальный координатор</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>C.2 Contributing agencies</source>
        <translation>C.2 Участвующие ведомства</translation>
    </message>
    <message>
        <source>C.3 Other contacts</source>
        <translation>C.3 Другие контактные лица</translation>
    </message>
    <message>
        <source>Annex D. Items open at clearance</source>
        <translation>Приложение D. Вопросы, остававшиеся открытыми при утверждении</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Open item</source>
        <translation>Открытый вопрос</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <source>Status before</source>
        <translation>Прежний статус</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>Текущий статус</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <source>No laws or regulations are cited.</source>
        <translation>Законы и нормативные акты не упоминаются.</translation>
    </message>
    <message>
        <source>Annex E. What changed since %1</source>
        <translation>Приложение E. Изменения с цикла %1</translation>
    </message>
    <message>
        <source>No assistance needs are recorded.</source>
        <translation>Потребности в помощи не указаны.</translation>
    </message>
    <message>
        <source>No offers of assistance are recorded.</source>
        <translation>Предложения о помощи не указаны.</translation>
    </message>
    <message>
        <source>Law or regulation</source>
        <translation>Закон или нормативный акт</translation>
    </message>
    <message>
        <source>Cited under</source>
        <translation>Упоминается в связи с</translation>
    </message>
    <message>
        <source>No agencies are recorded.</source>
        <translation>Ведомства не указаны.</translation>
    </message>
    <message>
        <source>No other contacts are recorded.</source>
        <translation>Другие контактные лица не указаны.</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Виды</translation>
    </message>
    <message>
        <source>Assistance needed</source>
        <translation>Необходимая помощь</translation>
    </message>
    <message>
        <source>National target</source>
        <translation>Национальная цель</translation>
    </message>
    <message>
        <source>Assistance offered</source>
        <translation>Предлагаемая помощь</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>К %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>All measures</source>
        <translation>Все меры</translation>
    </message>
    <message>
        <source>Annex F. Evidence files</source>
        <translation>Приложение F. Подтверждающие документы</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>%1 (cont.)</source>
        <translation>%1 (продолжение)</translation>
    </message>
    <message>
        <source>National report of %1 on the implementation of the Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects and the International Tracing Instrument</source>
        <translation>Национальный доклад государства %1 об осуществлении Программы действий по предотвращению и искоренению незаконной торговли стрелковым оружием и легкими вооружениями во всех ее аспектах и борьбе с ней и Международного документа, позволяющего государствам своевременно и надежно выявлять и отслеживать незаконные стрелковое оружие и легкие вооружения</translation>
    </message>
    <message>
        <source>1. Summary</source>
        <translation>1. Резюме</translation>
    </message>
    <message>
        <source>Status of the measures</source>
        <translation>Статус мер</translation>
    </message>
    <message>
        <source>Draft, not cleared</source>
        <translation>Проект, не утвержден</translation>
    </message>
    <message>
        <source>Submitted for clearance, not yet cleared</source>
        <translation>Представлен на утверждение, еще не утвержден</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Утвержден</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <source>Prepared with poa-desktop %1 (commitment catalog %2). The text of each commitment is quoted verbatim from the outcome documents.</source>
        <translation>Подготовлено с помощью poa-desktop %1 (каталог обязательств %2). Текст каждого обязательства приводится дословно по итоговым документам.</translation>
    </message>
    <message>
        <source>The commitments are quoted in English, the language of the outcome documents held by this application.</source>
        <translation>Обязательства приводятся на английском языке — языке итоговых документов, содержащихся в этом приложении.</translation>
    </message>
    <message>
        <source>Cleared by %1 on %2</source>
        <translation>Утвержден %2 (%1)</translation>
    </message>
    <message>
        <source>Cleared by %1</source>
        <translation>Утвержден (%1)</translation>
    </message>
    <message>
        <source>Cleared on %1</source>
        <translation>Утвержден %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>С %1 по %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>С %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>По %1</translation>
    </message>
    <message>
        <source>Reporting cycle</source>
        <translation>Цикл отчетности</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Отчетный период</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Outcome documents</source>
        <translation>Итоговые документы</translation>
    </message>
    <message>
        <source>National focal point</source>
        <translation>Национальный координатор</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Меры</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <source>Voluntary national report to the United Nations Office for Disarmament Affairs</source>
        <translation>Добровольный национальный доклад, представляемый Управлению Организации Объединенных Наций по вопросам разоружения</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Figure 1. Measures by status, for each section of the outcome documents. Each status has its own fill pattern as well as its own colour.</source>
        <translation>Рисунок 1. Меры по статусам в каждом разделе итоговых документов. Каждый статус обозначен не только своим цветом, но и своим узором заливки.</translation>
    </message>
    <message>
        <source>Table 1. Measures by status, for each outcome document and section.</source>
        <translation>Таблица 1. Меры по статусам в разбивке по итоговым документам и разделам.</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>ПРОЕКТ</translation>
    </message>
    <message>
        <source>National report on the PoA and the ITI</source>
        <translation>Национальный доклад: Программа действий и Документ по отслеживанию</translation>
    </message>
    <message>
        <source>Generated %1 · %2</source>
        <translation>Сформирован %1 · %2</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Сформирован %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>Voluntary national report, %1</source>
        <translation>Добровольный национальный доклад, %1</translation>
    </message>
    <message>
        <source>No measure of this document has been assessed yet.</source>
        <translation>Ни одна мера этого документа еще не оценена.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>The declaratory paragraphs (%1) and the procedural paragraphs (%2) are not assessed and are not reproduced here; this section covers the measures only.</source>
        <translation>Декларативные пункты (%1) и процедурные пункты (%2) не оцениваются и здесь не воспроизводятся; в настоящем разделе рассматриваются только меры.</translation>
    </message>
    <message>
        <source>The declaratory paragraphs (%1) are not assessed and are not reproduced here; this section covers the measures only.</source>
        <translation>Декларативные пункты (%1) не оцениваются и здесь не воспроизводятся; в настоящем разделе рассматриваются только меры.</translation>
    </message>
    <message>
        <source>The procedural paragraphs (%1) are not assessed and are not reproduced here; this section covers the measures only.</source>
        <translation>Процедурные пункты (%1) не оцениваются и здесь не воспроизводятся; в настоящем разделе рассматриваются только меры.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>The report was cleared by %1 on %2.</source>
        <translation>Доклад утвержден %2 (утверждающий орган: %1).</translation>
    </message>
    <message>
        <source>%n item of the clearance checklist was still open; it is listed here as recorded at clearance.|%n items of the clearance checklist were still open; they are listed here as recorded at clearance.</source>
        <translation>При утверждении оставался открытым %n вопрос контрольного списка; здесь приводится то, что было зафиксировано при утверждении.|При утверждении оставались открытыми %n вопроса контрольного списка; здесь приводится то, что было зафиксировано при утверждении.|При утверждении оставались открытыми %n вопросов контрольного списка; здесь приводится то, что было зафиксировано при утверждении.|При утверждении оставались открытыми %n вопроса контрольного списка; здесь приводится то, что было зафиксировано при утверждении.</translation>
    </message>
    <message>
        <source>%n law or regulation is cited in the answers, listed with the commitments under which it is cited.|%n laws and regulations are cited in the answers, each listed once with the commitments under which it is cited.</source>
        <translation>В ответах упоминается %n закон или нормативный акт; каждый приводится один раз вместе с обязательствами, в связи с которыми он упоминается.|В ответах упоминаются %n закона или нормативных акта; каждый приводится один раз вместе с обязательствами, в связи с которыми он упоминается.|В ответах упоминается %n законов или нормативных актов; каждый приводится один раз вместе с обязательствами, в связи с которыми он упоминается.|В ответах упоминается %n закона или нормативного акта; каждый приводится один раз вместе с обязательствами, в связи с которыми он упоминается.</translation>
    </message>
    <message>
        <source>The report was cleared by %1.</source>
        <translation>Доклад утвержден (утверждающий орган: %1).</translation>
    </message>
    <message>
        <source>%n measure whose status or text differs between the %1 and %2 assessments.|%n measures whose status or text differ between the %1 and %2 assessments.</source>
        <translation>%n мера, статус или текст которой в оценках циклов %1 и %2 не совпадает.|%n меры, статус или текст которых в оценках циклов %1 и %2 не совпадает.|%n мер, статус или текст которых в оценках циклов %1 и %2 не совпадает.|%n меры, статус или текст которых в оценках циклов %1 и %2 не совпадает.</translation>
    </message>
    <message>
        <source>The report was cleared on %1.</source>
        <translation>Доклад утвержден %1.</translation>
    </message>
    <message>
        <source>The report was cleared.</source>
        <translation>Доклад утвержден.</translation>
    </message>
    <message>
        <source>%n file supports the answers. It is identified by its SHA-256 digest, which the submission package&apos;s manifest repeats, so a copy can be checked.|%n files support the answers. Each is identified by its SHA-256 digest, which the submission package&apos;s manifest repeats, so a copy can be checked.</source>
        <translation>Ответы подкрепляет %n файл. Каждый идентифицируется по своей хеш-сумме SHA-256, которая повторяется в манифесте пакета доклада, что позволяет проверить копию.|Ответы подкрепляют %n файла. Каждый идентифицируется по своей хеш-сумме SHA-256, которая повторяется в манифесте пакета доклада, что позволяет проверить копию.|Ответы подкрепляют %n файлов. Каждый идентифицируется по своей хеш-сумме SHA-256, которая повторяется в манифесте пакета доклада, что позволяет проверить копию.|Ответы подкрепляют %n файла. Каждый идентифицируется по своей хеш-сумме SHA-256, которая повторяется в манифесте пакета доклада, что позволяет проверить копию.</translation>
    </message>
    <message>
        <source>Transmitted by (name and title)</source>
        <translation>Кем направлен (имя и должность)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>%1 has assessed %2 of the %3 measures that the outcome documents ask States to take: %4; %5 are not yet assessed.</source>
        <translation>Государство %1 провело оценку %2 из %3 мер, которые итоговые документы призывают государства принять: %4; еще не оценено: %5.</translation>
    </message>
    <message>
        <source>%1 has assessed %2 of the %3 measures that the outcome documents ask States to take: %4.</source>
        <translation>Государство %1 провело оценку %2 из %3 мер, которые итоговые документы призывают государства принять: %4.</translation>
    </message>
    <message>
        <source>For transmission</source>
        <translation>Для направления</translation>
    </message>
    <message>
        <source>Assistance is needed for %n measure. By kind: %1. Annex A gives the text of the commitment and the assistance offered.|Assistance is needed for %n measures. By kind: %1. Annex A gives the text of each commitment and the assistance offered.</source>
        <translation>Помощь необходима для %n меры. По видам: %1. В приложении A по каждой мере приводятся текст обязательства и предлагаемая помощь.|Помощь необходима для %n мер. По видам: %1. В приложении A по каждой мере приводятся текст обязательства и предлагаемая помощь.|Помощь необходима для %n мер. По видам: %1. В приложении A по каждой мере приводятся текст обязательства и предлагаемая помощь.|Помощь необходима для %n меры. По видам: %1. В приложении A по каждой мере приводятся текст обязательства и предлагаемая помощь.</translation>
    </message>
    <message>
        <source>Laws by area</source>
        <translation>Законы по сферам</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Сфера</translation>
    </message>
    <message>
        <source>National data</source>
        <translation>Национальные данные</translation>
    </message>
    <message>
        <source>Concerns %1.</source>
        <translation>Соответствующие обязательства: %1.</translation>
    </message>
    <message>
        <source>Figures and facts the State reports once for the whole report; each measure they concern refers here.</source>
        <translation>Данные и сведения, которые государство сообщает один раз для всего доклада; каждая мера, к которой они относятся, ссылается на этот раздел.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>No national data has been entered.</source>
        <translation>Национальные данные не введены.</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 из %2 (%3)</translation>
    </message>
    <message>
        <source>Proportion: %1</source>
        <translation>Доля: %1</translation>
    </message>
    <message>
        <source>Yes. &lt;i&gt;Kinds:&lt;/i&gt; %1.</source>
        <translation>Да. &lt;i&gt;Виды:&lt;/i&gt; %1.</translation>
    </message>
    <message>
        <source>Yes.</source>
        <translation>Да.</translation>
    </message>
    <message>
        <source>See National data: %1.</source>
        <translation>См. «Национальные данные»: %1.</translation>
    </message>
    <message>
        <source>Report data</source>
        <translation>Данные доклада</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;Target date:&lt;/i&gt; %1</source>
        <translation>&lt;i&gt;Целевой срок:&lt;/i&gt; %1</translation>
    </message>
    <message>
        <source>No longer current: %1</source>
        <translation>Утратило актуальность: %1</translation>
    </message>
    <message>
        <source>The measures in the order of UNODA’s reporting template</source>
        <translation>Меры в порядке шаблона отчетности Управления по вопросам разоружения</translation>
    </message>
    <message>
        <source>Each measure of the outcome documents is placed under one section of the template, with its citation; the answers are those of the rest of the report.</source>
        <translation>Каждая мера итоговых документов отнесена к одному из разделов шаблона с указанием ссылки; ответы те же, что и в остальной части доклада.</translation>
    </message>
    <message>
        <source>No measure of this section is shown.</source>
        <translation>Меры этого раздела не приводятся.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Report fields</source>
        <translation>Поля доклада</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контактные данные</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Changes since {cycle}</source>
        <translation>Изменения с {cycle}</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Подтверждающие документы</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Национальный координатор</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Format: {column}</source>
        <translation>Формат: {column}</translation>
    </message>
    <message>
        <source>Template answer</source>
        <translation>Ответ по шаблону</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Код статуса</translation>
    </message>
    <message>
        <source>Workbook format</source>
        <translation>Формат книги Excel</translation>
    </message>
    <message>
        <source>Application version</source>
        <translation>Версия приложения</translation>
    </message>
    <message>
        <source>Catalog version</source>
        <translation>Версия каталога</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Государство</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>Код ISO</translation>
    </message>
    <message>
        <source>Reporting period start</source>
        <translation>Начало отчетного периода</translation>
    </message>
    <message>
        <source>Reporting period end</source>
        <translation>Конец отчетного периода</translation>
    </message>
    <message>
        <source>Assessment status</source>
        <translation>Статус оценки</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Язык доклада</translation>
    </message>
    <message>
        <source>Exported at (UTC)</source>
        <translation>Дата и время экспорта (UTC)</translation>
    </message>
    <message>
        <source>Answers SHA-256</source>
        <translation>SHA-256 ответов</translation>
    </message>
    <message>
        <source>Measures assessed</source>
        <translation>Оцененные меры</translation>
    </message>
    <message>
        <source>Commitment ID</source>
        <translation>Идентификатор обязательства</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Changed after export</source>
        <translation>Изменен после экспорта</translation>
    </message>
    <message>
        <source>Not a readable national workbook</source>
        <translation>Не является читаемой национальной книгой Excel</translation>
    </message>
    <message>
        <source>African</source>
        <translation>Африка</translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation>Азия и Тихий океан</translation>
    </message>
    <message>
        <source>Eastern European</source>
        <translation>Восточная Европа</translation>
    </message>
    <message>
        <source>GRULAC</source>
        <translation>GRULAC</translation>
    </message>
    <message>
        <source>WEOG</source>
        <translation>WEOG</translation>
    </message>
    <message>
        <source>African Group</source>
        <translation>Группа африканских государств</translation>
    </message>
    <message>
        <source>Asia-Pacific Group</source>
        <translation>Группа азиатско-тихоокеанских государств</translation>
    </message>
    <message>
        <source>Eastern European Group</source>
        <translation>Группа восточноевропейских государств</translation>
    </message>
    <message>
        <source>Latin American and Caribbean Group (GRULAC)</source>
        <translation>Группа государств Латинской Америки и Карибского бассейна (GRULAC)</translation>
    </message>
    <message>
        <source>Western European and others Group (WEOG)</source>
        <translation>Группа западноевропейских и других государств (WEOG)</translation>
    </message>
    <message>
        <source>No UN regional group</source>
        <translation>Вне региональных групп ООН</translation>
    </message>
    <message>
        <source>By measure</source>
        <translation>По мерам</translation>
    </message>
    <message>
        <source>By State</source>
        <translation>По государствам</translation>
    </message>
    <message>
        <source>By theme and region</source>
        <translation>По темам и регионам</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Помощь</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>States reporting</source>
        <translation>Государств, представивших доклады</translation>
    </message>
    <message>
        <source>UN regional group</source>
        <translation>Региональная группа ООН</translation>
    </message>
    <message>
        <source>Theme ID</source>
        <translation>Идентификатор темы</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Kinds named in the offer</source>
        <translation>Виды, указанные в предложении</translation>
    </message>
    <message>
        <source>Offered on the same measure by</source>
        <translation>Кем предложена по той же мере</translation>
    </message>
    <message>
        <source>Offered on a measure of the same theme by</source>
        <translation>Кем предложена по мере той же темы</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Учтен</translation>
    </message>
    <message>
        <source>Not counted: the same State and cycle again</source>
        <translation>Не учтен: повторный доклад того же государства за тот же цикл</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Не использован</translation>
    </message>
    <message>
        <source>Kind not said</source>
        <translation>Вид не указан</translation>
    </message>
    <message>
        <source>National reports on the PoA and ITI: analysis</source>
        <translation>Национальные доклады о Программе действий и Международном документе по отслеживанию: анализ</translation>
    </message>
    <message>
        <source>Implementation by document section</source>
        <translation>Осуществление по разделам документов</translation>
    </message>
    <message>
        <source>Implementation by UN regional group</source>
        <translation>Осуществление по региональным группам ООН</translation>
    </message>
    <message>
        <source>The least implemented measures</source>
        <translation>Наименее выполняемые меры</translation>
    </message>
    <message>
        <source>The measures the fewest States implement, as a share of the States that gave them a status other than Not applicable.</source>
        <translation>Меры, которые выполняет наименьшая доля государств, рассчитанная от числа государств, присвоивших им статус, отличный от «Неприменимо».</translation>
    </message>
    <message>
        <source>Assistance: needs and offers</source>
        <translation>Помощь: потребности и предложения</translation>
    </message>
    <message>
        <source>A need is met on the same measure when another State offers assistance on that measure, on the same theme when it offers assistance on a measure sharing one of its themes; an offer that names no kind of assistance is taken to offer any.</source>
        <translation>Потребность считается удовлетворенной по той же мере, если другое государство предлагает помощь по этой мере, и по той же теме, если оно предлагает помощь по мере, имеющей с ней хотя бы одну общую тему; предложение, в котором не указан вид помощи, считается предложением помощи любого вида.</translation>
    </message>
    <message>
        <source>By kind of assistance</source>
        <translation>По видам помощи</translation>
    </message>
    <message>
        <source>By theme</source>
        <translation>По темам</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Потребности</translation>
    </message>
    <message>
        <source>States needing</source>
        <translation>Государств, нуждающихся в помощи</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>States offering</source>
        <translation>Государств, предлагающих помощь</translation>
    </message>
    <message>
        <source>Met on the same measure</source>
        <translation>Удовлетворено по той же мере</translation>
    </message>
    <message>
        <source>Met on the measure or theme</source>
        <translation>Удовлетворено по мере или теме</translation>
    </message>
    <message>
        <source>Implemented (share)</source>
        <translation>Выполнено (доля)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Мера</translation>
    </message>
    <message>
        <source>Kind of assistance</source>
        <translation>Вид помощи</translation>
    </message>
    <message>
        <source>Files not counted</source>
        <translation>Неучтенные файлы</translation>
    </message>
    <message>
        <source>National reports counted: %1, of %2 States, from %3 files read. Cycles: %4. Catalog version: %5.</source>
        <translation>Учтено национальных докладов: %1 (государств: %2; прочитано файлов: %3). Циклы: %4. Версия каталога: %5.</translation>
    </message>
    <message>
        <source>Files not counted: %1. They are listed at the end, with the reason.</source>
        <translation>Неучтенных файлов: %1. Они перечислены в конце с указанием причины.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Страница %1</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Commitment text</source>
        <translation>Текст обязательства</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Field ID</source>
        <translation>Идентификатор поля</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица измерения</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <source>Title or role</source>
        <translation>Должность или роль</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>Измененные поля</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип файла</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Размер (байт)</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added (UTC)</source>
        <translation>Дата и время добавления (UTC)</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Кем добавлен</translation>
    </message>
    <message>
        <source>Stable id of the paragraph (BMS8-29, RC3-II-21); the key of each row.</source>
        <translation>Постоянный идентификатор пункта (BMS8-29, RC3-II-21); ключ каждой строки.</translation>
    </message>
    <message>
        <source>{statuses}, or empty: not assessed.</source>
        <translation>{statuses} или пусто: не оценено.</translation>
    </message>
    <message>
        <source>The status in the words of UNODA&apos;s national report template: {template}; empty: not assessed. Written by the application from the Status column.</source>
        <translation>Статус в формулировках шаблона национального доклада Управления по вопросам разоружения: {template}; пусто: не оценено. Заполняется приложением на основе столбца «Статус».</translation>
    </message>
    <message>
        <source>The status as a code, the same in every language: implemented, developing, not_implemented, not_applicable; empty: not assessed. Written by the application; when the workbook comes back, the Status column is what counts.</source>
        <translation>Статус в виде кода, одинакового для всех языков: implemented, developing, not_implemented, not_applicable; пусто: не оценено. Заполняется приложением; при обратном импорте книги Excel учитывается столбец «Статус».</translation>
    </message>
    <message>
        <source>One law per line: original title | English title | year | link | area | what it provides; the area is one of {areas}. Inside a value write \| for a vertical bar, \\ for a backslash, \n for a line break.</source>
        <translation>По одному закону в строке: название на языке оригинала | название на английском языке | год | ссылка | сфера | что предусматривает; сфера — одно из следующих значений: {areas}. Внутри значения пишите \| для вертикальной черты, \\ для обратной косой черты, \n для переноса строки.</translation>
    </message>
    <message>
        <source>One agency per line.</source>
        <translation>По одному ведомству в строке.</translation>
    </message>
    <message>
        <source>{yes} or {no}.</source>
        <translation>{yes} или {no}.</translation>
    </message>
    <message>
        <source>Any of {kinds}; separated by commas.</source>
        <translation>Любые из следующих значений: {kinds}; через запятую.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD.</source>
        <translation>YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>When the answer was last saved, ISO 8601 in UTC (YYYY-MM-DDTHH:MM:SSZ).</source>
        <translation>Дата и время последнего сохранения ответа в формате ISO 8601 по UTC (YYYY-MM-DDTHH:MM:SSZ).</translation>
    </message>
    <message>
        <source>Where the answer came from: {sources}.</source>
        <translation>Источник ответа: {sources}.</translation>
    </message>
    <message>
        <source>One row per commitment and field; a field repeats under each commitment.</source>
        <translation>Одна строка на каждую пару «обязательство — поле»; одно и то же поле повторяется для каждого обязательства.</translation>
    </message>
    <message>
        <source>SHA-256 of the answers&apos; content as canonical JSON, by commitment id.</source>
        <translation>SHA-256 содержимого ответов в каноническом формате JSON, по идентификаторам обязательств.</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Защита</translation>
    </message>
    <message>
        <source>Ids and texts are locked, answers editable. No password: Review &gt; Unprotect Sheet.</source>
        <translation>Идентификаторы и тексты заблокированы, ответы можно редактировать. Пароля нет: «Рецензирование &gt; Снять защиту листа».</translation>
    </message>
    <message>
        <source>Voluntary national report to UNODA</source>
        <translation>Добровольный национальный доклад, представляемый Управлению по вопросам разоружения</translation>
    </message>
    <message>
        <source>Yes or No</source>
        <translation>Да или Нет</translation>
    </message>
    <message>
        <source>{state}: national report on the PoA and ITI, {cycle}</source>
        <translation>{state}: национальный доклад о Программе действий и Международном документе по отслеживанию, {cycle}</translation>
    </message>
    <message>
        <source>Choose one of: {values}; or leave the cell empty.</source>
        <translation>Выберите одно из значений: {values} — или оставьте ячейку пустой.</translation>
    </message>
</context>
<context>
    <name>ReportFieldsPanel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>%1 measures and %2 paragraphs shown for reference</source>
        <translation>мер: %1; пунктов, приводимых для справки: %2</translation>
    </message>
    <message>
        <source>%1 measures</source>
        <translation>мер: %1</translation>
    </message>
    <message>
        <source>%1 paragraphs shown for reference, none assessed</source>
        <translation>пунктов, приводимых для справки: %1; ни один не оценивается</translation>
    </message>
    <message>
        <source>%1 is the outcome document %2 (%3)</source>
        <translation>%1 — итоговый документ «%2» (%3)</translation>
    </message>
    <message>
        <source>Section %1 of the %2 outcome (%3): %4</source>
        <translation>Раздел %1 итогового документа %2 (%3): %4</translation>
    </message>
    <message>
        <source>The %1 of the %2 outcome (%3): %4</source>
        <translation>%1 итогового документа %2 (%3): %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2.</source>
        <translation>%1 — %2.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>&amp;Paragraphs (Enter opens one):</source>
        <translation>&amp;Пункты (Enter — открыть пункт):</translation>
    </message>
    <message>
        <source>Paragraphs under this heading</source>
        <translation>Пункты под этим заголовком</translation>
    </message>
    <message>
        <source>What the short code of the progress figures means</source>
        <translation>Значение краткого кода в показателях хода работы</translation>
    </message>
    <message>
        <source>%1 of %2 measures assessed (%3)</source>
        <translation>Оценено мер: %1 из %2 (%3)</translation>
    </message>
    <message>
        <source>No measure to assess here: the paragraphs are shown for reference.</source>
        <translation>Здесь нет мер для оценки: пункты приводятся для справки.</translation>
    </message>
    <message>
        <source>shown for reference, not assessed</source>
        <translation>приводится для справки, не оценивается</translation>
    </message>
</context>
<context>
    <name>SourceViewer</name>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>%1 — source text</source>
        <translation>%1 — исходный текст</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>Исходный документ</translation>
    </message>
    <message>
        <source>Which document this is</source>
        <translation>Какой это документ</translation>
    </message>
    <message>
        <source>&amp;Find in the text:</source>
        <translation>&amp;Найти в тексте:</translation>
    </message>
    <message>
        <source>Find in the text</source>
        <translation>Найти в тексте</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Найти &amp;далее</translation>
    </message>
    <message>
        <source>Text of the outcome document</source>
        <translation>Текст итогового документа</translation>
    </message>
</context>
<context>
    <name>StatusChart</name>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>Пока нечего показать</translation>
    </message>
    <message>
        <source>Share of measures by status</source>
        <translation>Доля мер по статусам</translation>
    </message>
    <message>
        <source>%1: %2 of %3 measures %4 (%5%)</source>
        <translation>%1: %4 — мер: %2 из %3 (%5%)</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <source>Implemented</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Developing</source>
        <translation>В процессе</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Неприменимо</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>Еще не оценено</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Принятые меры</translation>
    </message>
    <message>
        <source>Laws and regulations</source>
        <translation>Законы и нормативные акты</translation>
    </message>
    <message>
        <source>Responsible agencies</source>
        <translation>Ответственные ведомства</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Трудности</translation>
    </message>
    <message>
        <source>Assistance needed</source>
        <translation>Необходима помощь</translation>
    </message>
    <message>
        <source>Assistance kinds</source>
        <translation>Виды помощи</translation>
    </message>
    <message>
        <source>Assistance description</source>
        <translation>Описание помощи</translation>
    </message>
    <message>
        <source>Assistance offered</source>
        <translation>Предлагаемая помощь</translation>
    </message>
    <message>
        <source>National target</source>
        <translation>Национальная цель</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Целевой срок</translation>
    </message>
    <message>
        <source>Paragraph reference</source>
        <translation>Ссылка на пункт</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Ежедневная</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Перед импортом</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Перед восстановлением</translation>
    </message>
    <message>
        <source>Before removing an evidence file</source>
        <translation>Перед удалением подтверждающего документа</translation>
    </message>
    <message>
        <source>Taken on request</source>
        <translation>По запросу</translation>
    </message>
    <message>
        <source>The damaged file, kept aside (not a backup)</source>
        <translation>Поврежденный файл, сохраненный отдельно (не резервная копия)</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>введен вручную</translation>
    </message>
    <message>
        <source>carried forward</source>
        <translation>перенесен</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>импортирован</translation>
    </message>
    <message>
        <source>contributed</source>
        <translation>предоставлен ведомством</translation>
    </message>
    <message>
        <source>All measures</source>
        <translation>Все меры</translation>
    </message>
    <message>
        <source>National coordination</source>
        <translation>Национальная координация</translation>
    </message>
    <message>
        <source>Stockpile management</source>
        <translation>Управление запасами</translation>
    </message>
    <message>
        <source>Disposal and destruction</source>
        <translation>Утилизация и уничтожение</translation>
    </message>
    <message>
        <source>Transfer controls</source>
        <translation>Контроль за передачей</translation>
    </message>
    <message>
        <source>Diversion</source>
        <translation>Перенаправление</translation>
    </message>
    <message>
        <source>Brokering</source>
        <translation>Брокерская деятельность</translation>
    </message>
    <message>
        <source>Production and manufacture</source>
        <translation>Производство и изготовление</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Transit and trans-shipment</source>
        <translation>Транзит и перевалка</translation>
    </message>
    <message>
        <source>Retransfer</source>
        <translation>Реэкспорт</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Маркировка</translation>
    </message>
    <message>
        <source>Record-keeping</source>
        <translation>Ведение учета</translation>
    </message>
    <message>
        <source>Possession and use</source>
        <translation>Владение и использование</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <source>Tracing</source>
        <translation>Отслеживание</translation>
    </message>
    <message>
        <source>Manufacturing and new technologies</source>
        <translation>Производство и новые технологии</translation>
    </message>
    <message>
        <source>Deactivation and conversion</source>
        <translation>Деактивация и переделка</translation>
    </message>
    <message>
        <source>Online trade</source>
        <translation>Торговля через Интернет</translation>
    </message>
    <message>
        <source>Border and customs</source>
        <translation>Пограничный и таможенный контроль</translation>
    </message>
    <message>
        <source>Conflict and post-conflict</source>
        <translation>Конфликтные и постконфликтные ситуации</translation>
    </message>
    <message>
        <source>Arms embargoes</source>
        <translation>Эмбарго на поставки оружия</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Гендерные аспекты</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Молодежь</translation>
    </message>
    <message>
        <source>SDG 16.4</source>
        <translation>ЦУР 16.4</translation>
    </message>
    <message>
        <source>Cooperation and assistance</source>
        <translation>Сотрудничество и помощь</translation>
    </message>
    <message>
        <source>Information exchange</source>
        <translation>Обмен информацией</translation>
    </message>
    <message>
        <source>Reporting and transparency</source>
        <translation>Отчетность и транспарентность</translation>
    </message>
    <message>
        <source>Regional cooperation</source>
        <translation>Региональное сотрудничество</translation>
    </message>
    <message>
        <source>Terrorism and crime</source>
        <translation>Терроризм и преступность</translation>
    </message>
    <message>
        <source>Ammunition</source>
        <translation>Боеприпасы</translation>
    </message>
    <message>
        <source>Civil society and industry</source>
        <translation>Гражданское общество и промышленность</translation>
    </message>
    <message>
        <source>Culture of peace</source>
        <translation>Культура мира</translation>
    </message>
    <message>
        <source>Follow-up and meetings</source>
        <translation>Последующая деятельность и совещания</translation>
    </message>
    <message>
        <source>All States</source>
        <translation>Все государства</translation>
    </message>
    <message>
        <source>States in a position to do so</source>
        <translation>Государства, которые в состоянии это сделать</translation>
    </message>
    <message>
        <source>States requesting or receiving assistance</source>
        <translation>Государства, запрашивающие или получающие помощь</translation>
    </message>
    <message>
        <source>States emerging from or affected by conflict</source>
        <translation>Государства, выходящие из конфликта или затронутые конфликтом</translation>
    </message>
    <message>
        <source>States applying the Programme of Action to ammunition</source>
        <translation>Государства, применяющие Программу действий к боеприпасам</translation>
    </message>
    <message>
        <source>Regional and subregional organizations</source>
        <translation>Региональные и субрегиональные организации</translation>
    </message>
    <message>
        <source>International organizations</source>
        <translation>Международные организации</translation>
    </message>
    <message>
        <source>United Nations Secretariat</source>
        <translation>Секретариат Организации Объединенных Наций</translation>
    </message>
    <message>
        <source>Security Council and mandating bodies</source>
        <translation>Совет Безопасности и органы, выдающие мандаты</translation>
    </message>
    <message>
        <source>Industry and the private sector</source>
        <translation>Промышленность и частный сектор</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Гражданское общество</translation>
    </message>
    <message>
        <source>The meeting of States</source>
        <translation>Совещание государств</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Национальный</translation>
    </message>
    <message>
        <source>Regional and subregional</source>
        <translation>Региональный и субрегиональный</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Глобальный</translation>
    </message>
    <message>
        <source>International (between States and with organizations)</source>
        <translation>Международный (между государствами и с организациями)</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Финансовая</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Техническая</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Оборудование</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Подготовка кадров</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Правовая</translation>
    </message>
    <message>
        <source>Manufacture and marking</source>
        <translation>Производство и маркировка</translation>
    </message>
    <message>
        <source>Stockpile management and surplus</source>
        <translation>Управление запасами и излишки</translation>
    </message>
    <message>
        <source>Transfer controls and brokering</source>
        <translation>Контроль за передачей и брокерская деятельность</translation>
    </message>
    <message>
        <source>International cooperation and assistance</source>
        <translation>Международное сотрудничество и помощь</translation>
    </message>
    <message>
        <source>SDG 16.4.2</source>
        <translation>ЦУР 16.4.2</translation>
    </message>
    <message>
        <source>Other commitments</source>
        <translation>Другие обязательства</translation>
    </message>
    <message>
        <source>SDG indicator 16.4.2: seized, found or surrendered arms</source>
        <translation>Показатель 16.4.2 целей в области устойчивого развития: изъятое, обнаруженное или сданное оружие</translation>
    </message>
    <message>
        <source>Small arms and light weapons seized, found or surrendered during the reporting period, and how many of them had their illicit origin or context traced or established by a competent authority in line with international instruments.</source>
        <translation>Стрелковое оружие и легкие вооружения, изъятые, обнаруженные или сданные в течение отчетного периода, и число единиц, незаконное происхождение или контекст которых были отслежены или установлены компетентным органом в соответствии с международными документами.</translation>
    </message>
    <message>
        <source>Year the figures cover</source>
        <translation>Год, к которому относятся данные</translation>
    </message>
    <message>
        <source>The calendar year of the seizures, finds and surrenders counted below.</source>
        <translation>Календарный год изъятий, обнаружений и сдачи оружия, учтенных ниже.</translation>
    </message>
    <message>
        <source>Arms seized</source>
        <translation>Изъятое оружие</translation>
    </message>
    <message>
        <source>Weapons taken into custody by a competent authority, for example in a search, at a border or in an investigation.</source>
        <translation>Оружие, изъятое компетентным органом, например при обыске, на границе или в ходе расследования.</translation>
    </message>
    <message>
        <source>weapons</source>
        <translation>ед.</translation>
    </message>
    <message>
        <source>Arms found</source>
        <translation>Обнаруженное оружие</translation>
    </message>
    <message>
        <source>Weapons found without a known holder, for example in caches or abandoned.</source>
        <translation>Оружие, обнаруженное без известного владельца, например в тайниках или брошенное.</translation>
    </message>
    <message>
        <source>Arms surrendered</source>
        <translation>Сданное оружие</translation>
    </message>
    <message>
        <source>Weapons handed in voluntarily, for example in collection or amnesty programmes.</source>
        <translation>Оружие, сданное добровольно, например в рамках программ сбора оружия или амнистии.</translation>
    </message>
    <message>
        <source>Of which illicit origin or context traced or established</source>
        <translation>В том числе с отслеженным или установленным незаконным происхождением или контекстом</translation>
    </message>
    <message>
        <source>Of the weapons above, those whose illicit origin or context was traced or established by a competent authority.</source>
        <translation>Оружие из указанного выше, незаконное происхождение или контекст которого были отслежены или установлены компетентным органом.</translation>
    </message>
    <message>
        <source>Arms traced ({left}) cannot exceed the arms seized, found and surrendered ({right}).</source>
        <translation>Число единиц отслеженного оружия ({left}) не может превышать число изъятых, обнаруженных и сданных единиц ({right}).</translation>
    </message>
    <message>
        <source>Tracing requests</source>
        <translation>Запросы об отслеживании</translation>
    </message>
    <message>
        <source>Requests to trace illicit small arms and light weapons under the International Tracing Instrument during the reporting period.</source>
        <translation>Запросы об отслеживании незаконного стрелкового оружия и легких вооружений согласно Международному документу по отслеживанию за отчетный период.</translation>
    </message>
    <message>
        <source>The calendar year of the tracing requests counted below.</source>
        <translation>Календарный год запросов об отслеживании, учтенных ниже.</translation>
    </message>
    <message>
        <source>Tracing requests sent to other States</source>
        <translation>Запросы об отслеживании, направленные другим государствам</translation>
    </message>
    <message>
        <source>Requests your authorities sent to other States or through INTERPOL.</source>
        <translation>Запросы, направленные вашими органами другим государствам или через Интерпол.</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>ед.</translation>
    </message>
    <message>
        <source>Tracing requests received from other States</source>
        <translation>Запросы об отслеживании, полученные от других государств</translation>
    </message>
    <message>
        <source>Requests other States sent to your authorities.</source>
        <translation>Запросы, направленные другими государствами вашим органам.</translation>
    </message>
    <message>
        <source>Received requests answered</source>
        <translation>Полученные запросы, на которые дан ответ</translation>
    </message>
    <message>
        <source>Of the requests received, those your authorities answered.</source>
        <translation>Полученные запросы, на которые ваши органы дали ответ.</translation>
    </message>
    <message>
        <source>Requests answered ({left}) cannot exceed requests received ({right}).</source>
        <translation>Число запросов, на которые дан ответ ({left}), не может превышать число полученных запросов ({right}).</translation>
    </message>
    <message>
        <source>Surplus and collected weapons destroyed</source>
        <translation>Уничтожение излишков и собранного оружия</translation>
    </message>
    <message>
        <source>Surplus, seized and collected small arms and light weapons destroyed during the reporting period: how many, in which year, how, and of what kinds.</source>
        <translation>Излишки, изъятое и собранное стрелковое оружие и легкие вооружения, уничтоженные в течение отчетного периода: сколько, в каком году, каким способом и каких видов.</translation>
    </message>
    <message>
        <source>What was diverted, and how</source>
        <translation>Что было перенаправлено и каким образом</translation>
    </message>
    <message>
        <source>A short account: kinds of weapons, the point in the chain of custody where they were lost, and the measures taken.</source>
        <translation>Краткое описание: виды оружия, звено цепочки хранения, в котором оно было утрачено, и принятые меры.</translation>
    </message>
    <message>
        <source>Assistance received</source>
        <translation>Полученная помощь</translation>
    </message>
    <message>
        <source>International cooperation and assistance the State received during the reporting period, from States, regional or international organizations, or civil society.</source>
        <translation>Международное сотрудничество и помощь, полученные государством в течение отчетного периода от государств, региональных или международных организаций либо гражданского общества.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнеры</translation>
    </message>
    <message>
        <source>Who provided the assistance: States, organizations, programmes.</source>
        <translation>Кто предоставил помощь: государства, организации, программы.</translation>
    </message>
    <message>
        <source>What the assistance supported</source>
        <translation>На что была направлена помощь</translation>
    </message>
    <message>
        <source>For example marking machines, stockpile security, training of customs officers.</source>
        <translation>Например, оборудование для маркировки, обеспечение сохранности запасов, подготовка сотрудников таможни.</translation>
    </message>
    <message>
        <source>Amount received in the period</source>
        <translation>Сумма, полученная за период</translation>
    </message>
    <message>
        <source>The total value in United States dollars, if known.</source>
        <translation>Общая стоимость в долларах США, если она известна.</translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation>долл. США</translation>
    </message>
    <message>
        <source>National point of contact</source>
        <translation>Национальный контактный центр</translation>
    </message>
    <message>
        <source>The national point of contact that acts as liaison with other States on all matters relating to the implementation of the Programme of Action.</source>
        <translation>Национальный контактный центр, поддерживающий связь с другими государствами по всем вопросам, касающимся осуществления Программы действий.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя или название</translation>
    </message>
    <message>
        <source>Name of the person or office designated as national point of contact.</source>
        <translation>Имя лица или название подразделения, назначенного национальным контактным центром.</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <source>Ministry or agency where the point of contact sits.</source>
        <translation>Министерство или ведомство, в котором находится контактный центр.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>An address that is read, preferably a functional mailbox.</source>
        <translation>Регулярно проверяемый адрес, желательно общий служебный почтовый ящик.</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>In international format, for example +41 22 917 1234.</source>
        <translation>В международном формате, например +41 22 917 1234.</translation>
    </message>
    <message>
        <source>ITI point of contact</source>
        <translation>Контактный центр по Международному документу по отслеживанию</translation>
    </message>
    <message>
        <source>The national point or points of contact the International Tracing Instrument (paragraph 25) asks each State to designate to exchange information and act as liaison on tracing; often the same office as the Programme of Action&apos;s.</source>
        <translation>Национальный контактный центр или центры, которые, согласно Международному документу по отслеживанию (пункт 25), назначает каждое государство для обмена информацией и поддержания связи по вопросам отслеживания; нередко это то же подразделение, что и для Программы действий.</translation>
    </message>
    <message>
        <source>Name of the person or office designated as ITI point of contact.</source>
        <translation>Имя лица или название подразделения, назначенного контактным центром по Международному документу по отслеживанию.</translation>
    </message>
    <message>
        <source>Ministry or agency where the ITI point of contact sits.</source>
        <translation>Министерство или ведомство, в котором находится контактный центр по Международному документу по отслеживанию.</translation>
    </message>
    <message>
        <source>National coordination body</source>
        <translation>Национальный координационный орган</translation>
    </message>
    <message>
        <source>The national commission, coordination mechanism or similar body on small arms and light weapons, and the women and men who sit on it.</source>
        <translation>Национальная комиссия, координационный механизм или аналогичный орган по стрелковому оружию и легким вооружениям, а также входящие в его состав женщины и мужчины.</translation>
    </message>
    <message>
        <source>A national coordination body exists</source>
        <translation>Имеется национальный координационный орган</translation>
    </message>
    <message>
        <source>Yes if a national commission or similar body coordinates implementation.</source>
        <translation>«Да», если осуществление координирует национальная комиссия или аналогичный орган.</translation>
    </message>
    <message>
        <source>Name of the body</source>
        <translation>Название органа</translation>
    </message>
    <message>
        <source>Its official name, for example National Commission on Small Arms and Light Weapons.</source>
        <translation>Официальное название, например Национальная комиссия по стрелковому оружию и легким вооружениям.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Postal address of its secretariat.</source>
        <translation>Почтовый адрес его секретариата.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контактные данные</translation>
    </message>
    <message>
        <source>A person, office, email or telephone through which the body is reached.</source>
        <translation>Лицо, подразделение, адрес электронной почты или телефон, через которые можно связаться с органом.</translation>
    </message>
    <message>
        <source>Members who are women</source>
        <translation>Число женщин в составе</translation>
    </message>
    <message>
        <source>Number of members of the body who are women.</source>
        <translation>Число женщин в составе органа.</translation>
    </message>
    <message>
        <source>people</source>
        <translation>чел.</translation>
    </message>
    <message>
        <source>Members who are men</source>
        <translation>Число мужчин в составе</translation>
    </message>
    <message>
        <source>Number of members of the body who are men.</source>
        <translation>Число мужчин в составе органа.</translation>
    </message>
    <message>
        <source>National action plan</source>
        <translation>Национальный план действий</translation>
    </message>
    <message>
        <source>The body&apos;s name, address, contact and members are given only when a coordination body exists: answer Yes to the first question or clear them.</source>
        <translation>Название, адрес, контактные данные и состав органа указываются, только если координационный орган существует: ответьте «Да» на первый вопрос или удалите эти значения.</translation>
    </message>
    <message>
        <source>A national action plan or other national policy instrument on small arms and light weapons.</source>
        <translation>Национальный план действий или иной национальный программный документ по стрелковому оружию и легким вооружениям.</translation>
    </message>
    <message>
        <source>A national action plan exists</source>
        <translation>Имеется национальный план действий</translation>
    </message>
    <message>
        <source>Yes if a national action plan or other national policy instrument has been adopted.</source>
        <translation>«Да», если принят национальный план действий или иной национальный программный документ.</translation>
    </message>
    <message>
        <source>Year adopted</source>
        <translation>Год принятия</translation>
    </message>
    <message>
        <source>The year the current plan was adopted.</source>
        <translation>Год принятия действующего плана.</translation>
    </message>
    <message>
        <source>Period covered: from</source>
        <translation>Период действия: с</translation>
    </message>
    <message>
        <source>First year the plan covers.</source>
        <translation>Первый год действия плана.</translation>
    </message>
    <message>
        <source>Period covered: to</source>
        <translation>Период действия: по</translation>
    </message>
    <message>
        <source>Last year the plan covers.</source>
        <translation>Последний год действия плана.</translation>
    </message>
    <message>
        <source>A year or period is given only when a plan exists: answer Yes to the first question or clear the years.</source>
        <translation>Год или период указывается, только если план существует: ответьте «Да» на первый вопрос или удалите эти значения.</translation>
    </message>
    <message>
        <source>The period cannot end ({right}) before it starts ({left}).</source>
        <translation>Период не может заканчиваться ({right}) раньше, чем начинается ({left}).</translation>
    </message>
    <message>
        <source>Surplus weapons destroyed in the period</source>
        <translation>Излишки оружия, уничтоженные за период</translation>
    </message>
    <message>
        <source>Weapons declared surplus and destroyed during the reporting period.</source>
        <translation>Оружие, объявленное излишним и уничтоженное в течение отчетного периода.</translation>
    </message>
    <message>
        <source>Seized or collected weapons destroyed in the period</source>
        <translation>Изъятое или собранное оружие, уничтоженное за период</translation>
    </message>
    <message>
        <source>Weapons seized, found or collected (for example in a collection programme) and destroyed during the reporting period.</source>
        <translation>Оружие, изъятое, обнаруженное или собранное (например, в рамках программы сбора оружия) и уничтоженное в течение отчетного периода.</translation>
    </message>
    <message>
        <source>Year of the latest destruction</source>
        <translation>Год последнего уничтожения</translation>
    </message>
    <message>
        <source>The year of the most recent destruction counted above.</source>
        <translation>Год последнего из учтенных выше уничтожений.</translation>
    </message>
    <message>
        <source>Destruction method</source>
        <translation>Способ уничтожения</translation>
    </message>
    <message>
        <source>For example cutting, crushing, melting or burning, and who witnessed it.</source>
        <translation>Например, резка, дробление, переплавка или сжигание, а также кто присутствовал при уничтожении.</translation>
    </message>
    <message>
        <source>Categories destroyed</source>
        <translation>Уничтоженные категории</translation>
    </message>
    <message>
        <source>For example pistols, rifles, light machine guns, ammunition.</source>
        <translation>Например, пистолеты, винтовки, ручные пулеметы, боеприпасы.</translation>
    </message>
    <message>
        <source>Diversion incidents</source>
        <translation>Случаи перенаправления</translation>
    </message>
    <message>
        <source>Incidents of diversion of small arms and light weapons recorded by national authorities during the reporting period.</source>
        <translation>Случаи перенаправления стрелкового оружия и легких вооружений, зарегистрированные национальными органами в течение отчетного периода.</translation>
    </message>
    <message>
        <source>Diversion incidents recorded in the period</source>
        <translation>Случаи перенаправления, зарегистрированные за период</translation>
    </message>
    <message>
        <source>Cases in which weapons left the legal chain of custody (loss, theft, unauthorized transfer) and were recorded by a national authority.</source>
        <translation>Случаи, когда оружие выбыло из законной цепочки хранения (утрата, хищение, несанкционированная передача) и это было зарегистрировано национальным органом.</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>ед.</translation>
    </message>
</context>
<context>
    <name>UnsavedWork</name>
    <message>
        <source>%1: everything else you typed is saved, but %2 could not be saved yet:
%3

What you typed is kept as a draft and shown again, marked, when you come back to %1.</source>
        <translation>%1: все остальное, что вы ввели, сохранено, но пока не удалось сохранить следующее (%2):
%3

Введенные данные хранятся как черновик и будут снова показаны с пометкой, когда вы вернетесь к %1.</translation>
    </message>
    <message>
        <source>• a value that is not a number</source>
        <translation>• значение, не являющееся числом</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… и еще %1</translation>
    </message>
    <message>
        <source>Some values could not be saved yet and are kept as drafts:

%1

They are shown again, marked, when you open these measures. Close now?</source>
        <translation>Некоторые значения пока не удалось сохранить, они хранятся как черновики:

%1

Они будут снова показаны с пометкой, когда вы откроете эти меры. Закрыть сейчас?</translation>
    </message>
    <message>
        <source>The saved version is shown.</source>
        <translation>Показана сохраненная версия.</translation>
    </message>
    <message>
        <source>Your version is kept as a draft; open the measure to choose.</source>
        <translation>Ваша версия хранится как черновик; откройте меру, чтобы сделать выбор.</translation>
    </message>
    <message>
        <source>Kept as a draft</source>
        <translation>Сохранено как черновик</translation>
    </message>
    <message>
        <source>Values kept as drafts</source>
        <translation>Значения, сохраненные как черновики</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a report package</source>
        <translation>Проверка пакета доклада</translation>
    </message>
    <message>
        <source>%1 is intact: its %2 files are exactly as they were written.</source>
        <translation>Целостность пакета %1 не нарушена: все его файлы (%2) в точности такие, какими были записаны.</translation>
    </message>
    <message>
        <source>%1 is NOT intact. The first difference: %2</source>
        <translation>Целостность пакета %1 НАРУШЕНА. Первое расхождение: %2</translation>
    </message>
    <message>
        <source>Report packages (*.zip)</source>
        <translation>Пакеты доклада (*.zip)</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Новая оценка</translation>
    </message>
    <message>
        <source>C&amp;reate assessment</source>
        <translation>&amp;Создать оценку</translation>
    </message>
    <message>
        <source>State profile</source>
        <translation>Профиль государства</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <source>Type to search, e.g. Kenya</source>
        <translation>Начните вводить название, например Кения</translation>
    </message>
    <message>
        <source>Filled in from the list of UN Member and observer States.</source>
        <translation>Код взят из списка государств — членов ООН и государств-наблюдателей.</translation>
    </message>
    <message>
        <source>For a State not on the list, type its three-letter code, e.g. KEN for Kenya.</source>
        <translation>Для государства, которого нет в списке, введите его трехбуквенный код, например KEN для Кении.</translation>
    </message>
    <message>
        <source>No agencies yet. Choose Add agency for each one that contributes, such as the police, customs, defence, justice, the arms licensing authority, the national statistics office and women&apos;s affairs.</source>
        <translation>Ведомств пока нет. Нажмите «Добавить ведомство» для каждого участвующего ведомства, например полиции, таможни, министерства обороны, министерства юстиции, органа по лицензированию оружия, национального статистического управления и ведомства по делам женщин.</translation>
    </message>
    <message>
        <source>Start the assessment of %1 for another reporting cycle.</source>
        <translation>Начать оценку государства %1 для другого цикла отчетности.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Шаг %1 из %2</translation>
    </message>
    <message>
        <source>Welcome to poa-desktop</source>
        <translation>Добро пожаловать в poa-desktop</translation>
    </message>
    <message>
        <source>poa-desktop helps you assess how far your State has implemented its commitments under the UN Programme of Action on small arms and light weapons and the International Tracing Instrument, and prepare the national report; everything stays on this computer. To begin, say which State you report for, who the national focal point is and which agencies contribute, then name the reporting cycle.</source>
        <translation>poa-desktop помогает оценить, насколько ваше государство выполнило свои обязательства по Программе действий ООН по стрелковому оружию и легким вооружениям и Международному документу по отслеживанию, и подготовить национальный доклад; все данные остаются на этом компьютере. Для начала укажите, какое государство вы представляете, кто является национальным координатором и какие ведомства участвуют в работе, а затем укажите цикл отчетности.</translation>
    </message>
    <message>
        <source>Your State</source>
        <translation>Ваше государство</translation>
    </message>
    <message>
        <source>This database holds the assessments of one State. Type part of its name and choose it from the list.</source>
        <translation>В этой базе данных хранятся оценки одного государства. Введите часть его названия и выберите его из списка.</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Государство:</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Государство</translation>
    </message>
    <message>
        <source>&amp;ISO 3166 code:</source>
        <translation>Код &amp;ISO 3166:</translation>
    </message>
    <message>
        <source>ISO 3166 alpha-3 code</source>
        <translation>Код ISO 3166 alpha-3</translation>
    </message>
    <message>
        <source>National focal point</source>
        <translation>Национальный координатор</translation>
    </message>
    <message>
        <source>The national point of contact named on the report&apos;s cover and in its contacts annex.</source>
        <translation>Национальный контактный центр, указываемый на титульной странице доклада и в приложении с контактными данными.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Focal point name</source>
        <translation>Имя национального координатора</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Д&amp;олжность:</translation>
    </message>
    <message>
        <source>Focal point title</source>
        <translation>Должность национального координатора</translation>
    </message>
    <message>
        <source>e.g. Director, Arms Control Division</source>
        <translation>напр., директор отдела контроля над вооружениями</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>Focal point email</source>
        <translation>Эл. почта национального координатора</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>Focal point phone</source>
        <translation>Телефон национального координатора</translation>
    </message>
    <message>
        <source>Contributing agencies</source>
        <translation>Участвующие ведомства</translation>
    </message>
    <message>
        <source>The national &amp;agencies that contribute answers; you can change this list later:</source>
        <translation>Национальные &amp;ведомства, предоставляющие ответы (список можно изменить позже):</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Ведомства</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>A&amp;dd agency</source>
        <translation>Доб&amp;авить ведомство</translation>
    </message>
    <message>
        <source>&amp;Remove agency</source>
        <translation>&amp;Удалить ведомство</translation>
    </message>
    <message>
        <source>First assessment</source>
        <translation>Первая оценка</translation>
    </message>
    <message>
        <source>An assessment covers one reporting cycle, such as a Biennial Meeting of States or a Review Conference.</source>
        <translation>Оценка охватывает один цикл отчетности, например Совещание государств, проводимое раз в два года, или Конференцию по обзору.</translation>
    </message>
    <message>
        <source>Reporting &amp;cycle:</source>
        <translation>&amp;Цикл отчетности:</translation>
    </message>
    <message>
        <source>Reporting cycle</source>
        <translation>Цикл отчетности</translation>
    </message>
    <message>
        <source>e.g. BMS10 2028</source>
        <translation>напр., BMS10 2028</translation>
    </message>
    <message>
        <source>Start b&amp;lank: every commitment not yet assessed</source>
        <translation>Начать с &amp;чистого листа: все обязательства еще не оценены</translation>
    </message>
    <message>
        <source>Carr&amp;y forward answers from:</source>
        <translation>&amp;Перенести ответы из цикла:</translation>
    </message>
    <message>
        <source>Cycle to carry forward from</source>
        <translation>Цикл, из которого переносятся ответы</translation>
    </message>
    <message>
        <source>Answers, laws, agencies, evidence and report figures are copied and marked as carried forward, so you only update what changed.</source>
        <translation>Ответы, законы, ведомства, подтверждающие материалы и данные доклада копируются и помечаются как перенесенные, поэтому вам нужно обновить только то, что изменилось.</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Завершить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Open a poa-desktop database</source>
        <translation>Открытие базы данных poa-desktop</translation>
    </message>
    <message>
        <source>poa-desktop databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы данных poa-desktop (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Не удается открыть базу данных</translation>
    </message>
    <message>
        <source>If this is your poa-desktop database and it is damaged: copies taken by poa-desktop, if any, are in %1. Close poa-desktop, keep the damaged file elsewhere, and copy the most recent one to %2.</source>
        <translation>Если это ваша база данных poa-desktop и она повреждена: копии, созданные poa-desktop (если они есть), находятся в папке %1. Закройте poa-desktop, переместите поврежденный файл в другое место и скопируйте самую последнюю копию в %2.</translation>
    </message>
    <message>
        <source>Answers that could not be saved are kept in %1; they are offered back once the database opens.</source>
        <translation>Ответы, которые не удалось сохранить, хранятся в %1; они будут предложены снова, как только база данных откроется.</translation>
    </message>
    <message>
        <source>The backup is in place. The damaged file is kept as %1.</source>
        <translation>Резервная копия восстановлена. Поврежденный файл сохранен как %1.</translation>
    </message>
    <message>
        <source>%1

Restore the most recent backup, taken %2 (%3 measures answered)? The damaged file is kept beside it under another name, not deleted.</source>
        <translation>%1

Восстановить последнюю резервную копию, созданную %2 (мер с ответом: %3)? Поврежденный файл будет сохранен рядом под другим именем, а не удален.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>База данных повреждена</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Nothing matches the search.</source>
        <translation>Ничего не найдено.</translation>
    </message>
</context>
</TS>
