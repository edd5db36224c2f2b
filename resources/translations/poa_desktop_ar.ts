<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <source>version %1: %2 paragraphs, %3 measures</source>
        <translation>الإصدار %1: عدد الفقرات %2، وعدد التدابير %3</translation>
    </message>
    <message>
        <source>Read the %1 text</source>
        <translation>قراءة نص %1</translation>
    </message>
    <message>
        <source>About poa-desktop</source>
        <translation>حول poa-desktop</translation>
    </message>
    <message>
        <source>Self-assessment and voluntary national reporting on the Programme of Action on small arms and light weapons and the International Tracing Instrument. It works offline: it never connects to a network, checks for updates or sends anything anywhere.</source>
        <translation>التقييم الذاتي والإبلاغ الوطني الطوعي بشأن برنامج العمل المتعلق بالأسلحة الصغيرة والأسلحة الخفيفة والصك الدولي للتعقب. يعمل التطبيق دون اتصال: فهو لا يتصل بأي شبكة أبداً، ولا يبحث عن تحديثات، ولا يرسل أي شيء إلى أي مكان.</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>هذه النسخة المثبَّتة</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>الإصدار:</translation>
    </message>
    <message>
        <source>Commitment catalog:</source>
        <translation>فهرس الالتزامات:</translation>
    </message>
    <message>
        <source>Source documents:</source>
        <translation>الوثائق المصدر:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>قاعدة البيانات:</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>النسخ الاحتياطية:</translation>
    </message>
    <message>
        <source>Running on:</source>
        <translation>بيئة التشغيل:</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>التراخيص</translation>
    </message>
    <message>
        <source>Bundled software and fonts</source>
        <translation>البرمجيات والخطوط المضمَّنة</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>المكوِّن</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>الاستخدام</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>نص الترخيص</translation>
    </message>
</context>
<context>
    <name>AgenciesDialog</name>
    <message>
        <source>Agencies of the %1 assessment</source>
        <translation>الجهات في تقييم %1</translation>
    </message>
    <message>
        <source>Carried forward, still to confirm: %1</source>
        <translation>إجابات مُرحَّلة لم تُؤكَّد بعد: %1</translation>
    </message>
    <message>
        <source>Choose an agency.</source>
        <translation>اختر جهة.</translation>
    </message>
    <message>
        <source>No change: no measure of %2 was assigned to %1.</source>
        <translation>لا تغيير: لم يُسنَد إلى %1 أي تدبير من %2.</translation>
    </message>
    <message>
        <source>No change: every measure of %2 is already assigned to %1.</source>
        <translation>لا تغيير: جميع تدابير %2 مُسنَدة أصلاً إلى %1.</translation>
    </message>
    <message>
        <source>1 measure unassigned from %2</source>
        <translation>أُلغي إسناد تدبير واحد إلى %2</translation>
    </message>
    <message>
        <source>1 measure assigned to %2</source>
        <translation>أُسنِد تدبير واحد إلى %2</translation>
    </message>
    <message>
        <source>%1 measures unassigned from %2</source>
        <translation>أُلغي إسناد %1 من التدابير إلى %2</translation>
    </message>
    <message>
        <source>%1 measures assigned to %2</source>
        <translation>أُسنِد %1 من التدابير إلى %2</translation>
    </message>
    <message>
        <source>1 answer confirmed unchanged.</source>
        <translation>أُكِّد أن إجابة واحدة لم تتغير.</translation>
    </message>
    <message>
        <source>%1 answers confirmed unchanged.</source>
        <translation>أُكِّد أن %1 من الإجابات لم تتغير.</translation>
    </message>
    <message>
        <source>Confirm %1 carried-forward answer(s) as reviewed and unchanged? Each answer&apos;s history records the confirmation.</source>
        <translation>هل تؤكد أن الإجابات المُرحَّلة (%1) قد روجعت ولم تتغير؟ يُسجَّل هذا التأكيد في سجل كل إجابة.</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>الجهات</translation>
    </message>
    <message>
        <source>&amp;Measures assigned to each agency, and how many of them are answered:</source>
        <translation>التدابير المُسنَدة إلى كل جهة، وعدد ما أُجيب عنه منها(&amp;M):</translation>
    </message>
    <message>
        <source>Progress per agency</source>
        <translation>التقدم المحرز حسب الجهة</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>المُسنَدة</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>المُجاب عنها</translation>
    </message>
    <message>
        <source>Answered (%)</source>
        <translation>المُجاب عنها (%)</translation>
    </message>
    <message>
        <source>ℹ The State profile has no agencies yet: add the contributing agencies to the profile first.</source>
        <translation>ℹ لا يتضمن ملف الدولة أي جهات بعد: أضف أولاً الجهات المساهمة إلى الملف.</translation>
    </message>
    <message>
        <source>Assign measures in bulk</source>
        <translation>إسناد التدابير دفعةً واحدة</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>الجهة(&amp;G):</translation>
    </message>
    <message>
        <source>By &amp;theme:</source>
        <translation>حسب الموضوع(&amp;T):</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>By &amp;section:</source>
        <translation>حسب الفرع(&amp;S):</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>إسناد(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation>إلغاء الإسناد(&amp;U)</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>الإجابات المُرحَّلة</translation>
    </message>
    <message>
        <source>&amp;Confirm all as unchanged</source>
        <translation>تأكيد عدم تغيُّر الكل(&amp;C)</translation>
    </message>
</context>
<context>
    <name>AgencyReturnDialog</name>
    <message>
        <source>Workbook returned by an agency</source>
        <translation>مصنف أعادته جهة</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>مصنفات Excel (*.xlsx);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Choose the workbook first.</source>
        <translation>اختر المصنف أولاً.</translation>
    </message>
    <message>
        <source>Returned by &lt;b&gt;%1&lt;/b&gt;, prepared on %2.</source>
        <translation>أعادته &lt;b&gt;%1&lt;/b&gt;، وقد أُعِدَّ في %2.</translation>
    </message>
    <message>
        <source>Answers to update: %1 · changed on both sides: %2 · left as changed here (the agency kept them as sent): %3 · rows that cannot be read: %4</source>
        <translation>إجابات ستُحدَّث: %1 · تغيرت لدى الطرفين: %2 · أُبقيت كما عُدِّلت هنا (لم تغيّرها الجهة عمّا أُرسل): %3 · صفوف تتعذر قراءتها: %4</translation>
    </message>
    <message>
        <source>These answers were changed here after the workbook was prepared, and the agency changed them too. Choose which version to keep for each one:</source>
        <translation>عُدِّلت هذه الإجابات هنا بعد إعداد المصنف، وعدّلتها الجهة أيضاً. اختر النسخة التي تحتفظ بها لكل منها:</translation>
    </message>
    <message>
        <source>Nothing to import: no answer differs.</source>
        <translation>لا شيء للاستيراد: لا توجد إجابة مختلفة.</translation>
    </message>
    <message>
        <source>Choose a version for each answer changed on both sides (%1 left).</source>
        <translation>اختر نسخة لكل إجابة تغيرت لدى الطرفين (المتبقي: %1).</translation>
    </message>
    <message>
        <source>Take back an agency&apos;s workbook</source>
        <translation>استلام المصنف المُعاد من جهة</translation>
    </message>
    <message>
        <source>Choose the workbook an agency sent back. Its answers are shown first; nothing is written until you import.</source>
        <translation>اختر المصنف الذي أعادته جهة. تُعرض إجاباته أولاً، ولا يُكتب أي شيء إلى أن تنفّذ الاستيراد.</translation>
    </message>
    <message>
        <source>&amp;Workbook:</source>
        <translation>المصنف(&amp;W):</translation>
    </message>
    <message>
        <source>Returned workbook</source>
        <translation>المصنف المُعاد</translation>
    </message>
    <message>
        <source>path of the .xlsx file the agency returned</source>
        <translation>مسار ملف .xlsx الذي أعادته الجهة</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>استعراض…(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Read it</source>
        <translation>قراءة المصنف(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Updates the agency sends (before → after):</source>
        <translation>التحديثات التي ترسلها الجهة (قبل ← بعد)(&amp;U):</translation>
    </message>
    <message>
        <source>Updates the agency sends</source>
        <translation>التحديثات التي ترسلها الجهة</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>الالتزام</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Rows that cannot be read:</source>
        <translation>الصفوف التي تتعذر قراءتها:</translation>
    </message>
    <message>
        <source>Rows that cannot be read</source>
        <translation>الصفوف التي تتعذر قراءتها</translation>
    </message>
    <message>
        <source>&amp;Skip the rows that cannot be read and import the others</source>
        <translation>تخطي الصفوف التي تتعذر قراءتها واستيراد الباقي(&amp;S)</translation>
    </message>
    <message>
        <source>Answers changed on both sides</source>
        <translation>إجابات تغيرت لدى الطرفين</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>استيراد(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>AgencyWorkbookDialog</name>
    <message>
        <source>The State profile lists no agency: add agencies first.</source>
        <translation>لا يتضمن ملف الدولة أي جهة: أضف الجهات أولاً.</translation>
    </message>
    <message>
        <source>Measures assigned to this agency: %1.</source>
        <translation>التدابير المُسنَدة إلى هذه الجهة: %1.</translation>
    </message>
    <message>
        <source>No measure is assigned to this agency yet: assign measures to it first.</source>
        <translation>لم يُسنَد أي تدبير إلى هذه الجهة بعد: أسنِد إليها تدابير أولاً.</translation>
    </message>
    <message>
        <source>Folder for the workbook</source>
        <translation>مجلد المصنف</translation>
    </message>
    <message>
        <source>Choose an agency.</source>
        <translation>اختر جهة.</translation>
    </message>
    <message>
        <source>Give the file a name.</source>
        <translation>أدخل اسماً للملف.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>المجلد %1 غير موجود.</translation>
    </message>
    <message>
        <source>✓ Written for %2 (measures: %1):
%3
Send it to the agency.</source>
        <translation>✓ أُعِدَّ المصنف للجهة %2 (عدد التدابير: %1):
%3
أرسله إلى الجهة.</translation>
    </message>
    <message>
        <source>Replace %1?</source>
        <translation>هل تريد استبدال %1؟</translation>
    </message>
    <message>
        <source>Prepare a workbook for an agency</source>
        <translation>إعداد مصنف لجهة</translation>
    </message>
    <message>
        <source>Write an Excel workbook holding only the measures assigned to one agency. Send it to the agency; when it comes back, take its answers in with File → Take back an agency&apos;s workbook.</source>
        <translation>يُكتب مصنف Excel لا يتضمن إلا التدابير المُسنَدة إلى جهة واحدة. أرسله إلى الجهة؛ وعند إعادته، أدخِل إجاباته من خلال ملف ← استلام المصنف المُعاد من جهة.</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>الجهة(&amp;A):</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>المجلد(&amp;F):</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>استعراض…(&amp;B)</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>اسم الملف(&amp;N):</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>اسم الملف</translation>
    </message>
    <message>
        <source>&amp;Prepare</source>
        <translation>إعداد(&amp;P)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>AggregateDialog</name>
    <message>
        <source>National workbooks to read</source>
        <translation>المصنفات الوطنية المراد قراءتها</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
        <translation>مصنفات Excel (*.xlsx *.xlsm);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>A folder of national workbooks</source>
        <translation>مجلد يضم مصنفات وطنية</translation>
    </message>
    <message>
        <source>Analysis workbook</source>
        <translation>مصنف التحليل</translation>
    </message>
    <message>
        <source>Analysis PDF</source>
        <translation>ملف PDF للتحليل</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Add the national workbooks to read: files, a folder, or both.</source>
        <translation>أضف المصنفات الوطنية المراد قراءتها: ملفات، أو مجلداً، أو كليهما.</translation>
    </message>
    <message>
        <source>Give a file for the analysis workbook, the PDF, or both.</source>
        <translation>حدّد ملفاً لمصنف التحليل، أو لملف PDF، أو لكليهما.</translation>
    </message>
    <message>
        <source>%1 is a folder: give a file name.</source>
        <translation>%1 مجلد: حدّد اسم ملف.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>المجلد %1 غير موجود.</translation>
    </message>
    <message>
        <source>%1 is one of the workbooks to read: choose another file to write.</source>
        <translation>%1 من المصنفات المراد قراءتها: اختر ملفاً آخر للكتابة فيه.</translation>
    </message>
    <message>
        <source>Looking for the workbooks…</source>
        <translation>جارٍ البحث عن المصنفات…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>جارٍ الإيقاف…</translation>
    </message>
    <message>
        <source>Reading the workbooks: %1 of %2</source>
        <translation>جارٍ قراءة المصنفات: %1 من أصل %2</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>جارٍ كتابة %1…</translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation>اكتملت العملية في %1 ثانية.</translation>
    </message>
    <message>
        <source>Stopped: nothing was written.</source>
        <translation>أُوقفت العملية: لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>Workbooks read: %1. National reports counted: %2, of %3 States.</source>
        <translation>المصنفات المقروءة: %1. التقارير الوطنية المحتسَبة: %2 (عدد الدول: %3).</translation>
    </message>
    <message>
        <source>Cycles: %1</source>
        <translation>الدورات: %1</translation>
    </message>
    <message>
        <source>Read and counted in %1 s, by %2 process(es).</source>
        <translation>تمت القراءة والاحتساب في %1 ثانية (عدد العمليات: %2).</translation>
    </message>
    <message>
        <source>Peak memory: %1</source>
        <translation>ذروة استخدام الذاكرة: %1</translation>
    </message>
    <message>
        <source>Not used (%1):</source>
        <translation>غير مستخدَم (%1):</translation>
    </message>
    <message>
        <source>Not counted, the same State and cycle again (%1):</source>
        <translation>غير محتسَب، تقرير مكرر للدولة نفسها والدورة نفسها (%1):</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>ملاحظات:</translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>ما كُتب:</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>%1 MiB (this window)</source>
        <translation>%1 MiB (هذه النافذة)</translation>
    </message>
    <message>
        <source>%1 MiB (largest reading process)</source>
        <translation>%1 MiB (أكبر عملية قراءة)</translation>
    </message>
    <message>
        <source>Replace these files?
%1</source>
        <translation>هل تريد استبدال هذه الملفات؟
%1</translation>
    </message>
    <message>
        <source>The analysis stopped on an unexpected error (%1). Nothing was written; the details are in %2.</source>
        <translation>توقف التحليل بسبب خطأ غير متوقع (%1). لم يُكتب أي شيء؛ وترد التفاصيل في %2.</translation>
    </message>
    <message>
        <source>Analyse national reports</source>
        <translation>تحليل التقارير الوطنية</translation>
    </message>
    <message>
        <source>Read the national workbooks States exported from this application and write what they say together: implementation by measure, State, theme and UN regional group, and assistance needed against assistance offered. A workbook changed after export is named, not counted. The assessment open in the window is not used.</source>
        <translation>تُقرأ المصنفات الوطنية التي صدّرتها الدول من هذا التطبيق، ويُكتب مضمونها مجمَّعاً: التنفيذ حسب التدبير والدولة والموضوع والمجموعة الإقليمية في الأمم المتحدة، والمساعدة المطلوبة مقارنةً بالمساعدة المعروضة. ويُذكر اسم أي مصنف عُدِّل بعد تصديره دون أن يُحتسَب. ولا يُستخدم التقييم المفتوح في النافذة.</translation>
    </message>
    <message>
        <source>Workbooks and folders to read</source>
        <translation>المصنفات والمجلدات المراد قراءتها</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>إضافة ملفات…(&amp;F)</translation>
    </message>
    <message>
        <source>Choose one or more national workbooks (.xlsx)</source>
        <translation>اختر مصنفاً وطنياً واحداً أو أكثر (.xlsx)</translation>
    </message>
    <message>
        <source>Add a fol&amp;der…</source>
        <translation>إضافة مجلد…(&amp;D)</translation>
    </message>
    <message>
        <source>Every workbook (.xlsx) in the folder and its subfolders is read</source>
        <translation>يُقرأ كل مصنف (.xlsx) في المجلد ومجلداته الفرعية</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إزالة(&amp;R)</translation>
    </message>
    <message>
        <source>Take the selected entries off the list (the files are not touched)</source>
        <translation>إزالة العناصر المحددة من القائمة (دون المساس بالملفات)</translation>
    </message>
    <message>
        <source>The analysis</source>
        <translation>التحليل</translation>
    </message>
    <message>
        <source>&amp;Workbook (.xlsx):</source>
        <translation>المصنف (.xlsx)(&amp;W):</translation>
    </message>
    <message>
        <source>Analysis workbook to write</source>
        <translation>مصنف التحليل المراد كتابته</translation>
    </message>
    <message>
        <source>Leave empty not to write the workbook</source>
        <translation>اتركه فارغاً لعدم كتابة المصنف</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>استعراض…(&amp;B)</translation>
    </message>
    <message>
        <source>Browse for the analysis workbook</source>
        <translation>استعراض الملفات لاختيار مصنف التحليل</translation>
    </message>
    <message>
        <source>&amp;PDF:</source>
        <translation>ملف PDF(&amp;P):</translation>
    </message>
    <message>
        <source>Analysis PDF to write</source>
        <translation>ملف PDF للتحليل المراد كتابته</translation>
    </message>
    <message>
        <source>Leave empty not to write the PDF</source>
        <translation>اتركه فارغاً لعدم كتابة ملف PDF</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>استعراض…(&amp;S)</translation>
    </message>
    <message>
        <source>Browse for the analysis PDF</source>
        <translation>استعراض الملفات لاختيار ملف PDF للتحليل</translation>
    </message>
    <message>
        <source>Report lan&amp;guage:</source>
        <translation>لغة التقرير(&amp;G):</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>لغة التقرير</translation>
    </message>
    <message>
        <source>The language of the analysis workbook and PDF, whatever the language of the window or of the national workbooks</source>
        <translation>لغة مصنف التحليل وملف PDF، أياً كانت لغة النافذة أو لغة المصنفات الوطنية</translation>
    </message>
    <message>
        <source>Progress of the analysis</source>
        <translation>سير التحليل</translation>
    </message>
    <message>
        <source>Summary of the analysis</source>
        <translation>موجز التحليل</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>تحليل(&amp;A)</translation>
    </message>
    <message>
        <source>Read the workbooks and write the analysis</source>
        <translation>قراءة المصنفات وكتابة التحليل</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>إلغاء(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the analysis: nothing is written</source>
        <translation>إيقاف التحليل: لن يُكتب أي شيء</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>فتح المجلد(&amp;O)</translation>
    </message>
    <message>
        <source>Open the folder the analysis was written to</source>
        <translation>فتح المجلد الذي كُتب فيه التحليل</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>AnswerForm</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>In UNODA&apos;s reporting template: %1</source>
        <translation>في نموذج الإبلاغ لمكتب شؤون نزع السلاح: %1</translation>
    </message>
    <message>
        <source>Assistance kind: %1</source>
        <translation>نوع المساعدة: %1</translation>
    </message>
    <message>
        <source>%1 (not in the State profile)</source>
        <translation>%1 (غير مدرجة في ملف الدولة)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>&amp;Implemented</source>
        <translation>منفَّذ(&amp;I)</translation>
    </message>
    <message>
        <source>De&amp;veloping</source>
        <translation>قيد التنفيذ(&amp;V)</translation>
    </message>
    <message>
        <source>Not i&amp;mplemented</source>
        <translation>غير منفَّذ(&amp;M)</translation>
    </message>
    <message>
        <source>Not applica&amp;ble</source>
        <translation>لا ينطبق(&amp;B)</translation>
    </message>
    <message>
        <source>Not &amp;yet assessed</source>
        <translation>لم يُقيَّم بعد(&amp;Y)</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>التنفيذ</translation>
    </message>
    <message>
        <source>Measures ta&amp;ken</source>
        <translation>التدابير المتخذة(&amp;K)</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>التدابير المتخذة</translation>
    </message>
    <message>
        <source>What has your State done to implement this commitment?</source>
        <translation>ما الذي قامت به دولتك لتنفيذ هذا الالتزام؟</translation>
    </message>
    <message>
        <source>&amp;Laws and regulations</source>
        <translation>القوانين واللوائح(&amp;L)</translation>
    </message>
    <message>
        <source>Laws and regulations</source>
        <translation>القوانين واللوائح</translation>
    </message>
    <message>
        <source>One row per law or regulation; Delete removes the selected rows</source>
        <translation>صف واحد لكل قانون أو لائحة؛ يحذف مفتاح Delete الصفوف المحددة</translation>
    </message>
    <message>
        <source>Add la&amp;w</source>
        <translation>إضافة قانون(&amp;W)</translation>
    </message>
    <message>
        <source>Add a row for a law or regulation</source>
        <translation>إضافة صف لقانون أو لائحة</translation>
    </message>
    <message>
        <source>Remove law</source>
        <translation>حذف القانون</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>حذف الصفوف المحددة (Delete)</translation>
    </message>
    <message>
        <source>Re&amp;sponsible agencies</source>
        <translation>الجهات المسؤولة(&amp;S)</translation>
    </message>
    <message>
        <source>Responsible agencies</source>
        <translation>الجهات المسؤولة</translation>
    </message>
    <message>
        <source>Add agencies in the State profile to choose the ones responsible.</source>
        <translation>أضف الجهات في ملف الدولة لتتمكن من اختيار الجهات المسؤولة.</translation>
    </message>
    <message>
        <source>&amp;Challenges</source>
        <translation>التحديات(&amp;C)</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>التحديات</translation>
    </message>
    <message>
        <source>What stands in the way?</source>
        <translation>ما العقبات القائمة؟</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>المساعدة</translation>
    </message>
    <message>
        <source>Assistanc&amp;e needed</source>
        <translation>المساعدة المطلوبة(&amp;E)</translation>
    </message>
    <message>
        <source>Assistance needed</source>
        <translation>المساعدة المطلوبة</translation>
    </message>
    <message>
        <source>Kinds of assistance</source>
        <translation>أنواع المساعدة</translation>
    </message>
    <message>
        <source>Desc&amp;ription of the assistance needed</source>
        <translation>وصف المساعدة المطلوبة(&amp;R)</translation>
    </message>
    <message>
        <source>Description of the assistance needed</source>
        <translation>وصف المساعدة المطلوبة</translation>
    </message>
    <message>
        <source>What is needed, for what, and at what estimated cost?</source>
        <translation>ما المطلوب، ولأي غرض، وما التكلفة التقديرية؟</translation>
    </message>
    <message>
        <source>Assistance &amp;offered</source>
        <translation>المساعدة المعروضة(&amp;O)</translation>
    </message>
    <message>
        <source>Assistance offered</source>
        <translation>المساعدة المعروضة</translation>
    </message>
    <message>
        <source>Assistance your State can offer others on this commitment</source>
        <translation>المساعدة التي يمكن لدولتك أن تقدمها إلى غيرها بشأن هذا الالتزام</translation>
    </message>
    <message>
        <source>National target</source>
        <translation>الهدف الوطني</translation>
    </message>
    <message>
        <source>National &amp;target</source>
        <translation>الهدف الوطني(&amp;T)</translation>
    </message>
    <message>
        <source>The result your State aims for on this commitment</source>
        <translation>النتيجة التي تسعى دولتك إلى تحقيقها بشأن هذا الالتزام</translation>
    </message>
    <message>
        <source>Set a target &amp;date</source>
        <translation>تحديد موعد مستهدف(&amp;D)</translation>
    </message>
    <message>
        <source>Set a target date</source>
        <translation>تحديد موعد مستهدف</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>الموعد المستهدف</translation>
    </message>
    <message>
        <source>Report fields</source>
        <translation>حقول التقرير</translation>
    </message>
    <message>
        <source>Figures the national report asks for. They belong to the whole assessment: every commitment that shows them shares the same values.</source>
        <translation>أرقام يطلبها التقرير الوطني. وهي تخص التقييم بأكمله: فجميع الالتزامات التي تعرضها تتشارك القيم نفسها.</translation>
    </message>
</context>
<context>
    <name>AssessmentActions</name>
    <message>
        <source>What changed</source>
        <translation>ما الذي تغيّر</translation>
    </message>
</context>
<context>
    <name>AutosaveController</name>
    <message>
        <source>Editing…</source>
        <translation>جارٍ التحرير…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <source>Saved at %1, except the fields marked ⚠ (kept as a draft)</source>
        <translation>حُفظ في %1، باستثناء الحقول المميَّزة بالرمز ⚠ (محفوظة كمسودة)</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>حُفظ في %1</translation>
    </message>
    <message>
        <source>Changed elsewhere: choose what to keep</source>
        <translation>تغيّر في مكان آخر: اختر ما تحتفظ به</translation>
    </message>
    <message>
        <source>Not saved — copy your text somewhere safe</source>
        <translation>لم يُحفظ — انسخ نصك إلى مكان آمن</translation>
    </message>
    <message>
        <source>%1

The recovery file could not be written either (%2). What you typed is still on screen: copy it somewhere safe before closing poa-desktop.</source>
        <translation>%1

وتعذرت كذلك كتابة ملف الاسترداد (%2). ما كتبته لا يزال معروضاً على الشاشة: انسخه إلى مكان آمن قبل إغلاق poa-desktop.</translation>
    </message>
    <message>
        <source>Not saved — kept in a recovery file</source>
        <translation>لم يُحفظ — احتُفظ به في ملف استرداد</translation>
    </message>
    <message>
        <source>%1

What you typed stays on screen and is kept in the recovery file
%2

If it cannot be saved before you close poa-desktop, it is offered again at the next start.</source>
        <translation>%1

يبقى ما كتبته معروضاً على الشاشة، ويُحتفظ به في ملف الاسترداد
%2

وإذا تعذر حفظه قبل إغلاق poa-desktop، فسيُعرض عليك مجدداً عند التشغيل التالي.</translation>
    </message>
    <message>
        <source>Your changes could not be saved</source>
        <translation>تعذر حفظ تغييراتك</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>No backup yet. The first is taken today; backups go to %1</source>
        <translation>لا توجد نسخة احتياطية بعد. تُنشأ أول نسخة اليوم، وتُحفظ النسخ الاحتياطية في %1</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>هل تريد استعادة هذه النسخة الاحتياطية؟</translation>
    </message>
    <message>
        <source>Backups are kept in %1, on the same disk as the database: a broken or stolen computer takes them too. Keep a copy elsewhere as well (a USB key, a network folder) with Save a copy elsewhere.</source>
        <translation>تُحفظ النسخ الاحتياطية في %1، على القرص نفسه الذي تُحفظ عليه قاعدة البيانات: إذا تعطل الحاسوب أو سُرق ذهبت معه. احتفظ بنسخة في مكان آخر أيضًا (ذاكرة USB، مجلد على الشبكة) باستخدام حفظ نسخة في مكان آخر.</translation>
    </message>
    <message>
        <source>A copy of the database is saved in %1.</source>
        <translation>حُفظت نسخة من قاعدة البيانات في %1.</translation>
    </message>
    <message>
        <source>Save a copy of the database elsewhere</source>
        <translation>حفظ نسخة من قاعدة البيانات في مكان آخر</translation>
    </message>
    <message>
        <source>poa-desktop databases (*.sqlite)</source>
        <translation>قواعد بيانات poa-desktop (*.sqlite)</translation>
    </message>
    <message>
        <source>the backup taken %1 (%2)</source>
        <translation>النسخة الاحتياطية المأخوذة في %1 (%2)</translation>
    </message>
    <message>
        <source>the copy in %1</source>
        <translation>النسخة الموجودة في %1</translation>
    </message>
    <message>
        <source>the copy in %1, last changed %2</source>
        <translation>النسخة الموجودة في %1، وآخر تغيير عليها في %2</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>submitted for clearance</source>
        <translation>مقدَّم للإجازة</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>مُجاز</translation>
    </message>
    <message>
        <source>Restore %1?</source>
        <translation>استعادة %1؟</translation>
    </message>
    <message>
        <source>It holds %1 answers with a status; the database holds %2 now.</source>
        <translation>تحتوي على %1 من الإجابات ذات الحالة؛ وتحتوي قاعدة البيانات الآن على %2.</translation>
    </message>
    <message>
        <source>The %1 assessment is %2 now and goes back to %3: its submission or clearance will have to be given again.</source>
        <translation>تقييم %1 حالته الآن %2 وسيعود إلى %3: يجب تقديمه أو إجازته من جديد.</translation>
    </message>
    <message>
        <source>The %1 assessment is not in it and goes.</source>
        <translation>تقييم %1 غير موجود فيها وسيُحذف.</translation>
    </message>
    <message>
        <source>What was saved since is replaced. The database as it is now is copied first, so you can come back to it from this list.</source>
        <translation>يُستبدل ما حُفظ منذ ذلك الحين. تُنسخ قاعدة البيانات بحالتها الحالية أولًا، لتتمكن من العودة إليها من هذه القائمة.</translation>
    </message>
    <message>
        <source>The database now holds %1.

What it held just before is kept as %2, in this list: restoring that copy undoes the restore.</source>
        <translation>تتضمن قاعدة البيانات الآن %1.

أما ما كانت تتضمنه قبل ذلك مباشرة فمحفوظ بوصفه %2 في هذه القائمة: واستعادة تلك النسخة تُلغي الاستعادة.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>استُعيدت النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Restore from a copy of the database</source>
        <translation>الاستعادة من نسخة من قاعدة البيانات</translation>
    </message>
    <message>
        <source>poa-desktop databases (*.sqlite *.db);;All files (*)</source>
        <translation>قواعد بيانات poa-desktop (*.sqlite *.db);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>poa-desktop copies your database every day you use it, and before every schema upgrade, import and restore. Restoring replaces what the database holds now with the chosen copy; the database as it is now is copied first, so a restore can itself be undone.</source>
        <translation>ينسخ poa-desktop قاعدة بياناتك في كل يوم تستخدمه فيه، وقبل كل ترقية لمخطط قاعدة البيانات وكل عملية استيراد أو استعادة. وتحل الاستعادة النسخة المختارة محل ما تتضمنه قاعدة البيانات حالياً؛ وتُنسخ قاعدة البيانات بحالتها الراهنة أولاً، بحيث يمكن التراجع عن الاستعادة نفسها.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>النسخ الاحتياطية، الأحدث أولاً</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Measures answered</source>
        <translation>التدابير المُجاب عنها</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <source>&amp;Take a backup now</source>
        <translation>إنشاء نسخة احتياطية الآن(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save a copy elsewhere…</source>
        <translation>حفظ نسخة في مكان آخر…(&amp;S)</translation>
    </message>
    <message>
        <source>A copy of the database on another disk, a USB key or a network folder</source>
        <translation>نسخة من قاعدة البيانات على قرص آخر أو ذاكرة USB أو مجلد على الشبكة</translation>
    </message>
    <message>
        <source>Restore from &amp;another file…</source>
        <translation>الاستعادة من ملف آخر…(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup…</source>
        <translation>استعادة النسخة الاحتياطية المحددة…(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <source>Changes in %1</source>
        <translation>التغييرات في %1</translation>
    </message>
    <message>
        <source>There is no earlier cycle to compare with.</source>
        <translation>لا توجد دورة سابقة للمقارنة بها.</translation>
    </message>
    <message>
        <source>There is no assessment yet.</source>
        <translation>لا يوجد تقييم بعد.</translation>
    </message>
    <message>
        <source>No answer changed from %1 to %2.</source>
        <translation>لم تتغير أي إجابة من %1 إلى %2.</translation>
    </message>
    <message>
        <source>1 answer changed from %1 to %2.</source>
        <translation>تغيرت إجابة واحدة من %1 إلى %2.</translation>
    </message>
    <message>
        <source>%1 answers changed from %2 to %3.</source>
        <translation>عدد الإجابات التي تغيرت من %2 إلى %3: %1.</translation>
    </message>
    <message>
        <source>Changes since an earlier cycle</source>
        <translation>التغييرات منذ دورة سابقة</translation>
    </message>
    <message>
        <source>Compare with the &amp;earlier cycle:</source>
        <translation>المقارنة مع الدورة السابقة(&amp;E):</translation>
    </message>
    <message>
        <source>Earlier cycle</source>
        <translation>الدورة السابقة</translation>
    </message>
    <message>
        <source>Answers changed since the earlier cycle</source>
        <translation>الإجابات التي تغيرت منذ الدورة السابقة</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Status: before → now</source>
        <translation>الحالة: قبل ← الآن</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>الحقول التي تغيرت</translation>
    </message>
</context>
<context>
    <name>ClearanceDialog</name>
    <message>
        <source>Clearance of the %1 assessment</source>
        <translation>إجازة تقييم %1</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Submitted for clearance</source>
        <translation>مقدَّم للإجازة</translation>
    </message>
    <message>
        <source>Cleared: approved for release</source>
        <translation>مُجاز: تمت الموافقة على إصداره</translation>
    </message>
    <message>
        <source>When the answers are ready, the reporting officer submits the draft to the clearing authority.</source>
        <translation>عندما تصبح الإجابات جاهزة، يقدّم مسؤول الإبلاغ المسودة إلى سلطة الإجازة.</translation>
    </message>
    <message>
        <source>The answers are frozen while the clearing authority reviews them. The clearing authority approves the assessment for release, or returns it to draft saying why.</source>
        <translation>تُجمَّد الإجابات أثناء استعراض سلطة الإجازة لها. وتوافق سلطة الإجازة على إصدار التقييم، أو تعيده إلى حالة المسودة مع بيان السبب.</translation>
    </message>
    <message>
        <source>The assessment is cleared and its answers are frozen. Reopen it as a draft to change them.</source>
        <translation>أُجيز التقييم وجُمِّدت إجاباته. أعِد فتحه كمسودة لتغييرها.</translation>
    </message>
    <message>
        <source>Returned to draft</source>
        <translation>أُعيد إلى المسودة</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>Not yet assessed: %1 (%2 of them gender measures)</source>
        <translation>لم تُقيَّم بعد: %1 (منها %2 من التدابير الجنسانية)</translation>
    </message>
    <message>
        <source>Not yet assessed: %1</source>
        <translation>لم تُقيَّم بعد: %1</translation>
    </message>
    <message>
        <source>Developing, with the measures taken not described: %1</source>
        <translation>قيد التطوير، دون وصف التدابير المتخذة: %1</translation>
    </message>
    <message>
        <source>Assistance needed, with no kind chosen: %1</source>
        <translation>مساعدة مطلوبة دون اختيار نوعها: %1</translation>
    </message>
    <message>
        <source>Report fields to correct: %1</source>
        <translation>حقول التقرير المطلوب تصحيحها: %1</translation>
    </message>
    <message>
        <source>&amp;Checklist: 1 open item</source>
        <translation>قائمة المراجعة(&amp;C): بند واحد مفتوح</translation>
    </message>
    <message>
        <source>&amp;Checklist: %1 open items</source>
        <translation>قائمة المراجعة(&amp;C): %1 من البنود المفتوحة</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>قائمة المراجعة(&amp;C):</translation>
    </message>
    <message>
        <source>Nothing open</source>
        <translation>لا بنود مفتوحة</translation>
    </message>
    <message>
        <source>(a gender measure)</source>
        <translation>(من التدابير الجنسانية)</translation>
    </message>
    <message>
        <source>Open items listed in an annex: %1</source>
        <translation>بنود مفتوحة مدرجة في مرفق: %1</translation>
    </message>
    <message>
        <source>Not yet submitted for clearance.</source>
        <translation>لم يُقدَّم للإجازة بعد.</translation>
    </message>
    <message>
        <source>The assessment is now: %1.</source>
        <translation>حالة التقييم الآن: %1.</translation>
    </message>
    <message>
        <source>Approve the %1 assessment of %2 for release, as %3?</source>
        <translation>هل تريد الموافقة على إصدار تقييم %1 لدولة %2، باسم %3؟</translation>
    </message>
    <message>
        <source>%1 open checklist item(s) will be listed in an annex of the report.</source>
        <translation>ستُدرج بنود قائمة المراجعة المفتوحة (%1) في مرفق للتقرير.</translation>
    </message>
    <message>
        <source>The assessment is then cleared: its answers stay frozen and the report names the approving authority. It can be reopened as a draft later, with a reason.</source>
        <translation>يصبح التقييم عندئذ مُجازاً: تظل إجاباته مجمَّدة، ويذكر التقرير اسم السلطة التي وافقت عليه. ويمكن إعادة فتحه كمسودة لاحقاً، مع بيان السبب.</translation>
    </message>
    <message>
        <source>Approve for release</source>
        <translation>الموافقة على الإصدار</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>الإجازة</translation>
    </message>
    <message>
        <source>Checklist of open items</source>
        <translation>قائمة مراجعة البنود المفتوحة</translation>
    </message>
    <message>
        <source>Things to settle before clearance, by kind; double-click an item or press Enter to go to its commitment</source>
        <translation>ما يجب تسويته قبل الإجازة، حسب النوع؛ انقر نقرًا مزدوجًا على بند أو اضغط Enter للانتقال إلى التزامه</translation>
    </message>
    <message>
        <source>&amp;Go to the measure</source>
        <translation>الانتقال إلى التدبير(&amp;G)</translation>
    </message>
    <message>
        <source>Close the checklist and show the chosen measure</source>
        <translation>إغلاق قائمة المراجعة وعرض التدبير المختار</translation>
    </message>
    <message>
        <source>Clearance &amp;history:</source>
        <translation>سجل الإجازة(&amp;H):</translation>
    </message>
    <message>
        <source>Clearance history</source>
        <translation>سجل الإجازة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Reason or open items</source>
        <translation>السبب أو البنود المفتوحة</translation>
    </message>
    <message>
        <source>Submit for clearance</source>
        <translation>التقديم للإجازة</translation>
    </message>
    <message>
        <source>Reporting &amp;officer:</source>
        <translation>مسؤول الإبلاغ(&amp;O):</translation>
    </message>
    <message>
        <source>Name of the reporting officer</source>
        <translation>اسم مسؤول الإبلاغ</translation>
    </message>
    <message>
        <source>&amp;Submit for clearance</source>
        <translation>تقديم للإجازة(&amp;S)</translation>
    </message>
    <message>
        <source>Approve for release, or return to draft</source>
        <translation>الموافقة على الإصدار أو الإعادة إلى المسودة</translation>
    </message>
    <message>
        <source>Clearing &amp;authority:</source>
        <translation>سلطة الإجازة(&amp;A):</translation>
    </message>
    <message>
        <source>Name of the clearing authority</source>
        <translation>اسم سلطة الإجازة</translation>
    </message>
    <message>
        <source>Approve with the open items listed in an a&amp;nnex</source>
        <translation>الموافقة مع إدراج البنود المفتوحة في مرفق(&amp;N)</translation>
    </message>
    <message>
        <source>A&amp;pprove for release…</source>
        <translation>الموافقة على الإصدار…(&amp;P)</translation>
    </message>
    <message>
        <source>The clearing authority approves the assessment for release as the national report; it is then cleared and its answers stay frozen</source>
        <translation>توافق سلطة الإجازة على إصدار التقييم بوصفه التقرير الوطني؛ فيصبح عندئذ مُجازاً وتظل إجاباته مجمَّدة</translation>
    </message>
    <message>
        <source>&amp;Reason to return:</source>
        <translation>سبب الإعادة(&amp;R):</translation>
    </message>
    <message>
        <source>Reason to return the assessment to draft</source>
        <translation>سبب إعادة التقييم إلى المسودة</translation>
    </message>
    <message>
        <source>Return to &amp;draft</source>
        <translation>إعادة إلى المسودة(&amp;D)</translation>
    </message>
    <message>
        <source>Reopen as a draft</source>
        <translation>إعادة الفتح كمسودة</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>اسمك(&amp;N):</translation>
    </message>
    <message>
        <source>Name of the person reopening</source>
        <translation>اسم الشخص الذي يعيد الفتح</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>السبب(&amp;R):</translation>
    </message>
    <message>
        <source>Reason to reopen the assessment</source>
        <translation>سبب إعادة فتح التقييم</translation>
    </message>
    <message>
        <source>Reopen as a &amp;draft</source>
        <translation>إعادة الفتح كمسودة(&amp;D)</translation>
    </message>
</context>
<context>
    <name>CommitmentView</name>
    <message>
        <source>Related commitments</source>
        <translation>الالتزامات ذات الصلة</translation>
    </message>
    <message>
        <source>a declaration</source>
        <translation>إعلان</translation>
    </message>
    <message>
        <source>a procedural paragraph (a decision of the meeting)</source>
        <translation>فقرة إجرائية (مقرر صادر عن الاجتماع)</translation>
    </message>
    <message>
        <source>This paragraph is %1: it is shown for reference and is not assessed.</source>
        <translation>هذه الفقرة %1: تُعرض للاطلاع ولا تخضع للتقييم.</translation>
    </message>
    <message>
        <source>No longer current: %1</source>
        <translation>لم يعد سارياً: %1</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>لا تخضع للتقييم</translation>
    </message>
    <message>
        <source>Place in the document</source>
        <translation>الموضع في الوثيقة</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Read in the source text…</source>
        <translation>القراءة في النص المصدر…</translation>
    </message>
    <message>
        <source>The outcome document as bundled with the app, opened at this paragraph (F1)</source>
        <translation>الوثيقة الختامية المرفقة بالتطبيق، مفتوحةً عند هذه الفقرة (F1)</translation>
    </message>
    <message>
        <source>Read this paragraph in the source text</source>
        <translation>قراءة هذه الفقرة في النص المصدر</translation>
    </message>
    <message>
        <source>Lead-in</source>
        <translation>العبارة الاستهلالية</translation>
    </message>
    <message>
        <source>Commitment text</source>
        <translation>نص الالتزام</translation>
    </message>
    <message>
        <source>Addressees and themes</source>
        <translation>الجهات المخاطَبة والمواضيع</translation>
    </message>
    <message>
        <source>Related commitments in the other document</source>
        <translation>الالتزامات ذات الصلة في الوثيقة الأخرى</translation>
    </message>
    <message>
        <source>Addressees: %1</source>
        <translation>الجهات المخاطَبة: %1</translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>المواضيع: %1</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>المستوى: %1</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>ConflictBox</name>
    <message>
        <source>Changed here since %1</source>
        <translation>عُدِّل هنا منذ %1</translation>
    </message>
    <message>
        <source>From the agency</source>
        <translation>من الجهة</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>الإبقاء على نسختي</translation>
    </message>
    <message>
        <source>Take the agency&apos;s</source>
        <translation>أخذ نسخة الجهة</translation>
    </message>
    <message>
        <source>Combine both</source>
        <translation>الجمع بين الاثنين</translation>
    </message>
    <message>
        <source>Keep what either side wrote: your texts first, then the agency&apos;s; laws, agencies and kinds of assistance from both; your status</source>
        <translation>الاحتفاظ بما كتبه كل طرف: نصوصك أولًا ثم نصوص الجهة؛ والقوانين والجهات وأنواع المساعدة من الطرفين؛ وحالتك أنت</translation>
    </message>
    <message>
        <source>Keep mine: %1</source>
        <translation>الإبقاء على نسختي: %1</translation>
    </message>
    <message>
        <source>Take the agency&apos;s: %1</source>
        <translation>أخذ نسخة الجهة: %1</translation>
    </message>
    <message>
        <source>Combine both: %1</source>
        <translation>الجمع بين الاثنين: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>someone</source>
        <translation>شخص آخر</translation>
    </message>
    <message>
        <source>%1 was saved elsewhere by %2 at %3 while you were typing. Your text is safe. Choose what to keep:</source>
        <translation>حُفظت الإجابة عن %1 في مكان آخر بواسطة %2 في الساعة %3 أثناء كتابتك. نصك في أمان. اختر ما تحتفظ به:</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>Changed elsewhere while you typed</source>
        <translation>تغيّر في مكان آخر أثناء كتابتك</translation>
    </message>
    <message>
        <source>Your version and the version saved elsewhere, field by field</source>
        <translation>نسختك والنسخة المحفوظة في مكان آخر، حقلاً حقلاً</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Yours (on screen)</source>
        <translation>نسختك (على الشاشة)</translation>
    </message>
    <message>
        <source>Saved elsewhere</source>
        <translation>المحفوظة في مكان آخر</translation>
    </message>
    <message>
        <source>What you choose is saved as a new version of the answer; earlier versions stay in its history.</source>
        <translation>يُحفظ ما تختاره كنسخة جديدة من الإجابة؛ وتبقى النسخ السابقة في سجلها.</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>الإبقاء على نسختي(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Combine both</source>
        <translation>الجمع بين النسختين(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Take the saved version</source>
        <translation>أخذ النسخة المحفوظة(&amp;T)</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>البتّ لاحقاً(&amp;L)</translation>
    </message>
</context>
<context>
    <name>CopyWords</name>
    <message>
        <source>No copy of your answers has left this computer since %1.</source>
        <translation>لم تُنقل أي نسخة من إجاباتك خارج هذا الحاسوب منذ %1.</translation>
    </message>
    <message>
        <source>No copy of your answers has left this computer since you began on %1.</source>
        <translation>لم تُنقل أي نسخة من إجاباتك خارج هذا الحاسوب منذ أن بدأت العمل في %1.</translation>
    </message>
    <message>
        <source>File → Restore from backup… → Save a copy elsewhere… puts one on a USB key or network folder.</source>
        <translation>استخدم ملف ← الاستعادة من نسخة احتياطية… ← حفظ نسخة في مكان آخر… لوضع نسخة على ذاكرة USB أو في مجلد على الشبكة.</translation>
    </message>
    <message>
        <source>No copy has left this computer yet. Save a copy elsewhere… puts one on a USB key or network folder.</source>
        <translation>لم تُنقل أي نسخة خارج هذا الحاسوب بعد. استخدم «حفظ نسخة في مكان آخر…» لوضع نسخة على ذاكرة USB أو في مجلد على الشبكة.</translation>
    </message>
    <message>
        <source>The last copy that left this computer was saved on %1, to %2.</source>
        <translation>حُفظت آخر نسخة نُقلت خارج هذا الحاسوب بتاريخ %1 في %2.</translation>
    </message>
    <message>
        <source>This copy is on the same disk as the database: it will not survive a disk failure. A USB key or network folder is safer.</source>
        <translation>هذه النسخة موجودة على القرص نفسه الذي تُحفظ عليه قاعدة البيانات: فلن تسلم إذا تعطل القرص. وذاكرة USB أو مجلد على الشبكة أكثر أماناً.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Click a row to see its measures</source>
        <translation>انقر على صف لعرض تدابيره</translation>
    </message>
    <message>
        <source>Documents and sections</source>
        <translation>الوثائق والفروع</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>No assessment open</source>
        <translation>لا يوجد تقييم مفتوح</translation>
    </message>
    <message>
        <source>%1 of %2 measures assessed (%3)</source>
        <translation>التدابير المقيَّمة: %1 من أصل %2 (%3)</translation>
    </message>
    <message>
        <source>%1 still to assess.</source>
        <translation>المتبقي للتقييم: %1.</translation>
    </message>
    <message>
        <source>Every measure has a status.</source>
        <translation>لكل تدبير حالة محددة.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم المحرز</translation>
    </message>
    <message>
        <source>Progress dashboard</source>
        <translation>لوحة متابعة التقدم</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>العرض(&amp;S):</translation>
    </message>
    <message>
        <source>Group measures by</source>
        <translation>تجميع التدابير حسب</translation>
    </message>
    <message>
        <source>Status chart</source>
        <translation>مخطط الحالات</translation>
    </message>
    <message>
        <source>Status of measures per document and section</source>
        <translation>حالة التدابير حسب الوثيقة والفرع</translation>
    </message>
    <message>
        <source>Status counts</source>
        <translation>أعداد الحالات</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <source>Today&apos;s backup could not be taken: %1</source>
        <translation>تعذر إنشاء النسخة الاحتياطية لهذا اليوم: %1</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>حفظ نسخة</translation>
    </message>
    <message>
        <source>Copy saved to %1</source>
        <translation>حُفظت النسخة في %1</translation>
    </message>
    <message>
        <source>Copy saved to %1.</source>
        <translation>حُفظت النسخة في %1.</translation>
    </message>
    <message>
        <source>Save a copy of the database</source>
        <translation>حفظ نسخة من قاعدة البيانات</translation>
    </message>
    <message>
        <source>poa-desktop databases (*.sqlite)</source>
        <translation>قواعد بيانات poa-desktop (*.sqlite)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>استُعيدت النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>The text of this document is not bundled.</source>
        <translation>نص هذه الوثيقة غير مرفق بالتطبيق.</translation>
    </message>
</context>
<context>
    <name>DocumentChoice</name>
    <message>
        <source>Outcome documents it covers</source>
        <translation>الوثائق الختامية التي يشملها</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>This assessment is submitted or cleared: what it covers stays.</source>
        <translation>هذا التقييم مقدَّم أو معتمَد: ما يشمله يبقى كما هو.</translation>
    </message>
    <message>
        <source>Left out when poa-desktop started: %1</source>
        <translation>استُبعد عند بدء poa-desktop: %1</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>مرفق بالتطبيق</translation>
    </message>
    <message>
        <source>Add an outcome document</source>
        <translation>إضافة وثيقة ختامية</translation>
    </message>
    <message>
        <source>Catalog documents (*.json)</source>
        <translation>وثائق الفهرس (*.json)</translation>
    </message>
    <message>
        <source>Not installed:
%1</source>
        <translation>لم يُثبَّت:
%1</translation>
    </message>
    <message>
        <source>Installed %1. Tick it to cover it in this assessment.</source>
        <translation>ثُبِّتت %1. ضع علامة عليها لتشملها في هذا التقييم.</translation>
    </message>
    <message>
        <source>Uninstall %1 (%2)?</source>
        <translation>إلغاء تثبيت %1 (%2)؟</translation>
    </message>
    <message>
        <source>Remove a document</source>
        <translation>إزالة وثيقة</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>أُزيلت %1.</translation>
    </message>
    <message>
        <source>Outcome documents</source>
        <translation>الوثائق الختامية</translation>
    </message>
    <message>
        <source>The outcome documents installed. Tick those this assessment covers. A newer outcome or a regional instrument is added from its file; adding one changes no assessment until you tick it.</source>
        <translation>الوثائق الختامية المثبَّتة. ضع علامة على ما يشمله هذا التقييم. تُضاف وثيقة ختامية أحدث أو صك إقليمي من ملفها؛ ولا تغيّر إضافتها أي تقييم حتى تضع علامة عليها.</translation>
    </message>
    <message>
        <source>Outcome documents installed</source>
        <translation>الوثائق الختامية المثبَّتة</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>مشمولة</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>التدابير</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>&amp;Add a document…</source>
        <translation>إ&amp;ضافة وثيقة…</translation>
    </message>
    <message>
        <source>Check a document file (JSON) and install it for this user</source>
        <translation>التحقق من ملف وثيقة (JSON) وتثبيته لهذا المستخدم</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>Uninstall the selected document (only one you added, and only while no answer uses it)</source>
        <translation>إلغاء تثبيت الوثيقة المحددة (فقط وثيقة أضفتها، وما دامت لا تستخدمها أي إجابة)</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Evidence files</source>
        <translation>المستندات الداعمة</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 بواسطة %2</translation>
    </message>
    <message>
        <source>%1
Type: %2
SHA-256: %3</source>
        <translation>%1
النوع: %2
SHA-256: %3</translation>
    </message>
    <message>
        <source>This answer cannot change: its files can be opened and saved, not attached or removed.</source>
        <translation>لا يمكن تغيير هذه الإجابة: يمكن فتح مستنداتها الداعمة وحفظها، لا إرفاقها أو حذفها.</translation>
    </message>
    <message>
        <source>Drop more files here to attach them (up to %1 each).</source>
        <translation>أفلت مزيدًا من الملفات هنا لإرفاقها (%1 كحد أقصى لكل ملف).</translation>
    </message>
    <message>
        <source>No files attached yet. Attach the documents that support this answer (a law, a decree, a report), or drop them here: up to %1 each.</source>
        <translation>لم تُرفق أي ملفات بعد. أرفق المستندات التي تدعم هذه الإجابة (قانون، مرسوم، تقرير)، أو أفلتها هنا: %1 كحد أقصى لكل ملف.</translation>
    </message>
    <message>
        <source>Attach files to this answer</source>
        <translation>إرفاق ملفات بهذه الإجابة</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>إرفاق ملفات</translation>
    </message>
    <message>
        <source>1 file attached.</source>
        <translation>أُرفق ملف واحد.</translation>
    </message>
    <message>
        <source>%1 files attached.</source>
        <translation>عدد الملفات المرفقة: %1.</translation>
    </message>
    <message>
        <source>Evidence files: drop to attach</source>
        <translation>المستندات الداعمة: أفلت الملفات لإرفاقها</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>No program to open %1 was found. Save a copy and open it from there.</source>
        <translation>لم يُعثر على برنامج لفتح %1. احفظ نسخة وافتحها من هناك.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>حفظ نسخة</translation>
    </message>
    <message>
        <source>Copy saved to %1</source>
        <translation>حُفظت النسخة في %1</translation>
    </message>
    <message>
        <source>Remove evidence file</source>
        <translation>حذف مستند داعم</translation>
    </message>
    <message>
        <source>Remove %1 from %2?

A backup of the database is taken first; it still holds the file (File → Restore from backup).</source>
        <translation>هل تريد حذف %1 من %2؟

تُؤخذ أولاً نسخة احتياطية من قاعدة البيانات تحتفظ بالملف (ملف ← الاستعادة من نسخة احتياطية).</translation>
    </message>
    <message>
        <source>%1 removed; the backup %2 still holds it.</source>
        <translation>حُذف %1؛ ولا تزال النسخة الاحتياطية %2 تحتفظ به.</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>الملفات المرفقة</translation>
    </message>
    <message>
        <source>Double-click a file to open it</source>
        <translation>انقر نقرًا مزدوجًا على ملف لفتحه</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>تاريخ الإضافة</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>إرفاق ملفات…</translation>
    </message>
    <message>
        <source>Choose files to attach to this answer (or drop them here)</source>
        <translation>اختر ملفات لإرفاقها بهذه الإجابة (أو أفلتها هنا)</translation>
    </message>
    <message>
        <source>Open the selected file with the program your system uses for it</source>
        <translation>فتح الملف المحدد بالبرنامج الذي يستخدمه نظامك لهذا النوع من الملفات</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>حفظ نسخة…</translation>
    </message>
    <message>
        <source>Save the selected file somewhere on this computer</source>
        <translation>حفظ الملف المحدد على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Remove the selected file from this answer (a backup is taken first)</source>
        <translation>حذف الملف المحدد من هذه الإجابة (تُؤخذ نسخة احتياطية أولاً)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>E&amp;xport</source>
        <translation>تصدير(&amp;X)</translation>
    </message>
    <message>
        <source>(no annex)</source>
        <translation>(بلا مرفق)</translation>
    </message>
    <message>
        <source>By outcome document</source>
        <translation>حسب الوثيقة الختامية</translation>
    </message>
    <message>
        <source>As UNODA&apos;s template</source>
        <translation>حسب نموذج مكتب شؤون نزع السلاح</translation>
    </message>
    <message>
        <source>Folder for the report</source>
        <translation>مجلد التقرير</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>اختر صيغة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>Give the file a name.</source>
        <translation>أدخل اسماً للملف.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>المجلد %1 غير موجود.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>جارٍ كتابة التقرير…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Replace these files?
%1</source>
        <translation>هل تريد استبدال هذه الملفات؟
%1</translation>
    </message>
    <message>
        <source>The report is written:
%1</source>
        <translation>كُتب التقرير:
%1</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <source>Export the national report</source>
        <translation>تصدير التقرير الوطني</translation>
    </message>
    <message>
        <source>Write the voluntary national report as a PDF to sign and send, and as an Excel workbook that UNODA and this application can read.</source>
        <translation>يُكتب التقرير الوطني الطوعي بصيغة PDF للتوقيع عليه وإرساله، وفي مصنف Excel يمكن لمكتب شؤون نزع السلاح ولهذا التطبيق قراءته.</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>الصيغ</translation>
    </message>
    <message>
        <source>&amp;PDF report</source>
        <translation>تقرير بصيغة PDF(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Excel workbook</source>
        <translation>مصنف Excel(&amp;E)</translation>
    </message>
    <message>
        <source>Submission pac&amp;kage (.zip)</source>
        <translation>حزمة تقديم التقرير (.zip)(&amp;K)</translation>
    </message>
    <message>
        <source>One zip file with the PDF, the workbook, the evidence files and a manifest of their SHA-256, which File → Verify a report package… checks</source>
        <translation>ملف zip واحد يضم ملف PDF والمصنف والمستندات الداعمة وبيان محتويات ببصمات SHA-256 الخاصة بها، يتحقق منه الأمر ملف ← التحقق من حزمة تقديم التقرير…</translation>
    </message>
    <message>
        <source>Report lan&amp;guage:</source>
        <translation>لغة التقرير(&amp;G):</translation>
    </message>
    <message>
        <source>The language the PDF report and the Excel workbook are written in, whatever the language of the window. Commitment IDs and the status codes stay the same in every language.</source>
        <translation>اللغة التي يُكتب بها تقرير PDF ومصنف Excel، أياً كانت لغة النافذة. وتبقى معرّفات الالتزامات ورموز الحالة كما هي في جميع اللغات.</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>الترتيب(&amp;O):</translation>
    </message>
    <message>
        <source>Order of the measures in the PDF</source>
        <translation>ترتيب التدابير في ملف PDF</translation>
    </message>
    <message>
        <source>Each outcome document in its own order, or the sections of UNODA&apos;s national report template, the order of its online form</source>
        <translation>كل وثيقة ختامية بترتيبها الخاص، أو فروع نموذج التقرير الوطني لمكتب شؤون نزع السلاح بترتيب استمارته الإلكترونية</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>المجلد(&amp;F):</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>استعراض…(&amp;B)</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>اسم الملف(&amp;N):</translation>
    </message>
    <message>
        <source>File name without extension</source>
        <translation>اسم الملف دون امتداد</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>Print only the first &amp;sentence of each commitment</source>
        <translation>طباعة الجملة الأولى فقط من كل التزام(&amp;S)</translation>
    </message>
    <message>
        <source>Annex of what &amp;changed since:</source>
        <translation>مرفق بالتغييرات منذ(&amp;C):</translation>
    </message>
    <message>
        <source>Annex of what changed since an earlier cycle</source>
        <translation>مرفق بالتغييرات منذ دورة سابقة</translation>
    </message>
    <message>
        <source>&amp;Leave out measures not yet assessed</source>
        <translation>استبعاد التدابير التي لم تُقيَّم بعد(&amp;L)</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>لغة التقرير</translation>
    </message>
</context>
<context>
    <name>ExportThread</name>
    <message>
        <source>The report could not be written (%1). Nothing was written; the details are in %2.</source>
        <translation>تعذرت كتابة التقرير (%1). لم يُكتب أي شيء؛ وترد التفاصيل في %2.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All documents</source>
        <translation>جميع الوثائق</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>جميع الحالات</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>جميع المواضيع</translation>
    </message>
    <message>
        <source>All addressees</source>
        <translation>جميع الجهات المخاطَبة</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>دليل المستخدم</translation>
    </message>
    <message>
        <source>Contents of the guide</source>
        <translation>محتويات الدليل</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>سجل %1</translation>
    </message>
    <message>
        <source>No saved answer yet.</source>
        <translation>لا توجد إجابة محفوظة بعد.</translation>
    </message>
    <message>
        <source>Each time the answer is saved, a version appears here.</source>
        <translation>تظهر هنا نسخة في كل مرة تُحفظ فيها الإجابة.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation>استعادة النسخة</translation>
    </message>
    <message>
        <source>Make version %1 the current answer to %2?

The current answer stays in the history, so this can be undone.</source>
        <translation>هل تريد جعل النسخة %1 الإجابة الحالية عن %2؟

تبقى الإجابة الحالية في السجل، لذا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Could not restore</source>
        <translation>تعذرت الاستعادة</translation>
    </message>
    <message>
        <source>#%1  %2  %3  %4</source>
        <translation>#%1  %2  %3  %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>ما تغيّر: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>Added text is %1; removed text is %2.</source>
        <translation>النص المضاف %1؛ والنص المحذوف %2.</translation>
    </message>
    <message>
        <source>underlined on green</source>
        <translation>مسطَّر على خلفية خضراء</translation>
    </message>
    <message>
        <source>struck through on red</source>
        <translation>مشطوب على خلفية حمراء</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>قبل:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>بعد:</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>النسخة %1</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (الحالية)</translation>
    </message>
    <message>
        <source>Saved %1 by %2, %3</source>
        <translation>حُفظت في %1 بواسطة %2، %3</translation>
    </message>
    <message>
        <source>This is the current answer.</source>
        <translation>هذه هي الإجابة الحالية.</translation>
    </message>
    <message>
        <source>This version is the same as the current answer.</source>
        <translation>هذه النسخة مطابقة للإجابة الحالية.</translation>
    </message>
    <message>
        <source>Make version %1 the current answer again.</source>
        <translation>جعل النسخة %1 الإجابة الحالية مجدداً.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>&amp;Saved versions, newest first:</source>
        <translation>النسخ المحفوظة، الأحدث أولاً(&amp;S):</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>النسخ المحفوظة</translation>
    </message>
    <message>
        <source>Each saved version of this answer, newest first</source>
        <translation>كل نسخة محفوظة من هذه الإجابة، الأحدث أولاً</translation>
    </message>
    <message>
        <source>&amp;Details of the selected version:</source>
        <translation>تفاصيل النسخة المحددة(&amp;D):</translation>
    </message>
    <message>
        <source>Details of the selected version</source>
        <translation>تفاصيل النسخة المحددة</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>استعادة هذه النسخة(&amp;R)</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>استعادة هذه النسخة</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>ما الذي تغيّر</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The whole answer in this version</source>
        <translation>الإجابة كاملةً في هذه النسخة</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>new answer</source>
        <translation>إجابة جديدة</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>معدَّلة</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>مُبقاة</translation>
    </message>
    <message>
        <source>Step 1 of 3: the workbook</source>
        <translation>الخطوة 1 من 3: المصنف</translation>
    </message>
    <message>
        <source>Step 2 of 3: the columns</source>
        <translation>الخطوة 2 من 3: الأعمدة</translation>
    </message>
    <message>
        <source>Step 3 of 3: check and import</source>
        <translation>الخطوة 3 من 3: التحقق والاستيراد</translation>
    </message>
    <message>
        <source>Another State&apos;s report</source>
        <translation>تقرير دولة أخرى</translation>
    </message>
    <message>
        <source>This workbook is the report of %1. The assessment open is %2&apos;s.

Importing it puts the answers of %1 into the assessment of %2. A preview shows every change first, and a backup is taken before anything is written.</source>
        <translation>هذا المصنف هو تقرير %1، أما التقييم المفتوح فهو تقييم %2.

ويؤدي استيراده إلى إدراج إجابات %1 في تقييم %2. وتعرض المعاينة كل تغيير أولاً، وتُنشأ نسخة احتياطية قبل كتابة أي شيء.</translation>
    </message>
    <message>
        <source>Import %1&apos;s answers into %2</source>
        <translation>استيراد إجابات %1 إلى %2</translation>
    </message>
    <message>
        <source>Stopped: nothing was read.</source>
        <translation>أُوقفت العملية: لم يُقرأ أي شيء.</translation>
    </message>
    <message>
        <source>Workbook to import</source>
        <translation>المصنف المراد استيراده</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>مصنفات Excel (*.xlsx);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Choose a workbook first.</source>
        <translation>اختر مصنفاً أولاً.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>جارٍ قراءة %1…</translation>
    </message>
    <message>
        <source>The sheets and columns chosen last time for this workbook are used.</source>
        <translation>تُستخدم الأوراق والأعمدة التي اختيرت في المرة الأخيرة لهذا المصنف.</translation>
    </message>
    <message>
        <source>%1 (no table found)</source>
        <translation>%1 (لم يُعثر على جدول)</translation>
    </message>
    <message>
        <source>Sheets to import: %1.</source>
        <translation>الأوراق المراد استيرادها: %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Not read: %1.</source>
        <translation>لم تُقرأ: %1.</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>عمود %1</translation>
    </message>
    <message>
        <source>(not in this sheet)</source>
        <translation>(غير موجود في هذه الورقة)</translation>
    </message>
    <message>
        <source>Choose at least one sheet to import (Import this sheet).</source>
        <translation>اختر ورقة واحدة على الأقل للاستيراد («استيراد هذه الورقة»).</translation>
    </message>
    <message>
        <source>%1 new answers, %2 changed, %3 unchanged, %4 kept, %5 report field values.</source>
        <translation>إجابات جديدة: %1، معدَّلة: %2، دون تغيير: %3، مُبقاة: %4، قيم حقول التقرير: %5.</translation>
    </message>
    <message>
        <source>Replacing overwrites %1 filled fields (see Fields changed).</source>
        <translation>يؤدي الاستبدال إلى الكتابة فوق حقول معبأة عددها %1 (انظر «الحقول التي تغيرت»).</translation>
    </message>
    <message>
        <source>%1 filled fields differ from the file and are left as they are; choose Replace (Back) to take the file&apos;s values.</source>
        <translation>حقول معبأة عددها %1 تختلف عن الملف وتُركت كما هي؛ اختر «استبدال ما تتضمنه» (رجوع) لأخذ قيم الملف.</translation>
    </message>
    <message>
        <source>Cannot be read: %1 cell(s), %2 row(s).</source>
        <translation>ما تتعذر قراءته: خلايا عددها %1، وصفوف عددها %2.</translation>
    </message>
    <message>
        <source>%1, sheets %2.</source>
        <translation>%1، الأوراق: %2.</translation>
    </message>
    <message>
        <source>Cell skipped: </source>
        <translation>خلية تم تخطيها: </translation>
    </message>
    <message>
        <source>Row skipped: </source>
        <translation>صف تم تخطيه: </translation>
    </message>
    <message>
        <source>Add to the State profile the agencies it does not have (%1): %2</source>
        <translation>إضافة الجهات غير المدرجة (%1) إلى ملف الدولة: %2</translation>
    </message>
    <message>
        <source>Understood: </source>
        <translation>التفسير: </translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation>استيراد الإجابات</translation>
    </message>
    <message>
        <source>Choose a workbook: one exported by poa-desktop, or a tracker your ministry keeps. Nothing is written until you confirm the preview.</source>
        <translation>اختر مصنفاً: مصنفاً صدّره poa-desktop، أو ملف متابعة تحتفظ به وزارتك. لا يُكتب أي شيء إلى أن تؤكد المعاينة.</translation>
    </message>
    <message>
        <source>path of an .xlsx file</source>
        <translation>مسار ملف .xlsx</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>استعراض…(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>الورقة(&amp;S):</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <source>&amp;Import this sheet</source>
        <translation>استيراد هذه الورقة(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>صف العناوين(&amp;H):</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>صف العناوين</translation>
    </message>
    <message>
        <source>Which column holds what (proposed from the headers; change any of them):</source>
        <translation>محتوى كل عمود (مقترح استناداً إلى العناوين؛ يمكنك تغيير أي منها):</translation>
    </message>
    <message>
        <source>Column for each field</source>
        <translation>العمود المقابل لكل حقل</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Column in the sheet</source>
        <translation>العمود في الورقة</translation>
    </message>
    <message>
        <source>Other status &amp;words:</source>
        <translation>كلمات أخرى للحالات(&amp;W):</translation>
    </message>
    <message>
        <source>Other status words</source>
        <translation>كلمات أخرى للحالات</translation>
    </message>
    <message>
        <source>e.g.  Peut-être = developing; x = implemented; TBC = none</source>
        <translation>مثلاً:  Peut-être = developing; x = implemented; TBC = none</translation>
    </message>
    <message>
        <source>Existing answers:</source>
        <translation>الإجابات الموجودة:</translation>
    </message>
    <message>
        <source>&amp;Fill only their empty fields</source>
        <translation>ملء حقولها الفارغة فقط(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Replace what they hold</source>
        <translation>استبدال ما تتضمنه(&amp;R)</translation>
    </message>
    <message>
        <source>Overwrites filled fields with the file&apos;s values; the preview counts them</source>
        <translation>يكتب قيم الملف فوق الحقول المعبأة؛ وتُحصيها المعاينة</translation>
    </message>
    <message>
        <source>&amp;Keep them whole</source>
        <translation>الإبقاء عليها كاملة(&amp;K)</translation>
    </message>
    <message>
        <source>What the import changes</source>
        <translation>ما سيغيّره الاستيراد</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>الالتزام</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Status: before → after</source>
        <translation>الحالة: قبل ← بعد</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>الحقول التي تغيرت</translation>
    </message>
    <message>
        <source>Cells and rows that cannot be read:</source>
        <translation>الخلايا والصفوف التي تتعذر قراءتها:</translation>
    </message>
    <message>
        <source>Cells and rows that cannot be read</source>
        <translation>الخلايا والصفوف التي تتعذر قراءتها</translation>
    </message>
    <message>
        <source>&amp;Skip what cannot be read and import the rest</source>
        <translation>تخطي ما تتعذر قراءته واستيراد الباقي(&amp;S)</translation>
    </message>
    <message>
        <source>How typed values were understood, and notes:</source>
        <translation>كيفية تفسير القيم المكتوبة، وملاحظات:</translation>
    </message>
    <message>
        <source>How typed values were understood, and notes</source>
        <translation>كيفية تفسير القيم المكتوبة، وملاحظات</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; رجوع(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>التالي(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>استيراد(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>Import finished</source>
        <translation>اكتمل الاستيراد</translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation>تم الاستيراد.</translation>
    </message>
    <message>
        <source>A backup was taken just before: %1</source>
        <translation>أُنشئت نسخة احتياطية قبله مباشرة: %1</translation>
    </message>
    <message>
        <source>Undo: restore the backup…</source>
        <translation>تراجع: استعادة النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>New answers: %1</source>
        <translation>الإجابات الجديدة: %1</translation>
    </message>
    <message>
        <source>Answers changed: %1</source>
        <translation>الإجابات المعدَّلة: %1</translation>
    </message>
    <message>
        <source>Answers kept as they were: %1</source>
        <translation>الإجابات المُبقاة كما كانت: %1</translation>
    </message>
    <message>
        <source>Report field values: %1</source>
        <translation>قيم حقول التقرير: %1</translation>
    </message>
    <message>
        <source>Cells skipped: %1</source>
        <translation>الخلايا التي تم تخطيها: %1</translation>
    </message>
    <message>
        <source>Rows skipped: %1</source>
        <translation>الصفوف التي تم تخطيها: %1</translation>
    </message>
    <message>
        <source>Agencies added to the profile: %1</source>
        <translation>الجهات المضافة إلى الملف: %1</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>As the system</source>
        <translation>حسب لغة النظام</translation>
    </message>
    <message>
        <source>For now POA_DESKTOP_LANG=%1 is set, and wins over this choice.</source>
        <translation>غير أن المتغير POA_DESKTOP_LANG=%1 محدد حالياً، وله الأولوية على هذا الاختيار.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>poa-desktop will speak %1 from its next start.</source>
        <translation>ستظهر واجهة poa-desktop باللغة التالية اعتباراً من تشغيله المقبل: %1.</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>اللغة(&amp;L)</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>لغة النظام</translation>
    </message>
</context>
<context>
    <name>LawsTable</name>
    <message>
        <source>Title (original language)</source>
        <translation>العنوان (باللغة الأصلية)</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>العنوان بالإنكليزية</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>المجال</translation>
    </message>
    <message>
        <source>What it provides</source>
        <translation>ما ينص عليه</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Progress</source>
        <translation>التقدم المحرز</translation>
    </message>
    <message>
        <source>a declaration</source>
        <translation>إعلان</translation>
    </message>
    <message>
        <source>a procedural paragraph</source>
        <translation>فقرة إجرائية</translation>
    </message>
    <message>
        <source>This answer was saved when the commitment catalog counted %1 as a measure. Catalog %2 reads it as %3, which is not assessed: the answer is kept and shown here read-only, but it no longer counts in the progress or the report.</source>
        <translation>حُفظت هذه الإجابة حين كان فهرس الالتزامات يعدّ %1 من التدابير. أما في الفهرس %2 فهي %3، وهذه الفقرات لا تخضع للتقييم: الإجابة محفوظة وتُعرض هنا للقراءة فقط، لكنها لم تعد تُحتسب في التقدم المحرز ولا في التقرير.</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>لا توجد إجابة بعد</translation>
    </message>
    <message>
        <source>Last saved %1</source>
        <translation>آخر حفظ في %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>بواسطة %1</translation>
    </message>
    <message>
        <source>%1 of %2 paragraphs match</source>
        <translation>الفقرات المطابقة: %1 من أصل %2</translation>
    </message>
    <message>
        <source>Assessed %1 of %2 measures (%3%)</source>
        <translation>التدابير المقيَّمة: %1 من أصل %2 (%3%)</translation>
    </message>
    <message>
        <source> (submitted for clearance)</source>
        <translation> (مقدَّم للإجازة)</translation>
    </message>
    <message>
        <source> (cleared)</source>
        <translation> (مُجاز)</translation>
    </message>
    <message>
        <source>Working as %1</source>
        <translation>العمل باسم %1</translation>
    </message>
    <message>
        <source>Working as</source>
        <translation>العمل باسم</translation>
    </message>
    <message>
        <source>Your name, as the history and the report should record your changes.
Leave it empty to work as the focal point of the State profile. The computer login is recorded beside it.</source>
        <translation>اسمك، كما ينبغي أن تُسجَّل به تغييراتك في السجل والتقرير.
اتركه فارغاً للعمل بصفة جهة التنسيق الوطنية المذكورة في ملف الدولة. ويُسجَّل اسم الدخول إلى الحاسوب بجانبه.</translation>
    </message>
    <message>
        <source>To change them, reopen the assessment as a draft, saying why (Assessment → Clearance…).</source>
        <translation>لتغييرها، أعِد فتح التقييم كمسودة مع بيان السبب (تقييم ← الإجازة…).</translation>
    </message>
    <message>
        <source>Submitted for clearance: the answers cannot change.</source>
        <translation>مقدَّم للإجازة: لا يمكن تغيير الإجابات.</translation>
    </message>
    <message>
        <source>Submitted for clearance on %1 by %2: the answers cannot change.</source>
        <translation>مقدَّم للإجازة في %1 من قِبل %2: لا يمكن تغيير الإجابات.</translation>
    </message>
    <message>
        <source>Cleared (approved for release): the answers are frozen.</source>
        <translation>مُجاز (تمت الموافقة على إصداره): الإجابات مجمَّدة.</translation>
    </message>
    <message>
        <source>Cleared (approved for release) on %1 by %2: the answers are frozen.</source>
        <translation>مُجاز (تمت الموافقة على إصداره) في %1 من قِبل %2: الإجابات مجمَّدة.</translation>
    </message>
    <message>
        <source>poa-desktop</source>
        <translation>poa-desktop</translation>
    </message>
    <message>
        <source>Search commitments and answers (Ctrl+F)</source>
        <translation>البحث في الالتزامات والإجابات (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Filter by document</source>
        <translation>التصفية حسب الوثيقة</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>التصفية حسب الحالة</translation>
    </message>
    <message>
        <source>Filter by theme</source>
        <translation>التصفية حسب الموضوع</translation>
    </message>
    <message>
        <source>Filter by addressees</source>
        <translation>التصفية حسب الجهات المخاطَبة</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>الالتزامات</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>السابق(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>التالي(&amp;N)</translation>
    </message>
    <message>
        <source>Next &amp;unanswered</source>
        <translation>التالي دون إجابة(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>السجل…(&amp;H)</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>حالة الحفظ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>انتقال(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>إجابة(&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;ssessment</source>
        <translation>تقييم(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>تقييم جديد…(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>فتح قاعدة بيانات…(&amp;O)</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Import answers…</source>
        <translation>استيراد الإجابات…(&amp;I)</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Prepare agency workbook…</source>
        <translation>إعداد مصنف لجهة…(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Take back an agency&apos;s workbook…</source>
        <translation>استلام المصنف المُعاد من جهة…(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>تصدير التقرير…(&amp;E)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Verify a report package…</source>
        <translation>التحقق من حزمة تقديم التقرير…(&amp;V)</translation>
    </message>
    <message>
        <source>Check that a submission package (.zip) is exactly as it was written</source>
        <translation>التحقق من أن حزمة تقديم التقرير (.zip) مطابقة تماماً لما كانت عليه عند كتابتها</translation>
    </message>
    <message>
        <source>&amp;Analyse national reports…</source>
        <translation>تحليل التقارير الوطنية…(&amp;A)</translation>
    </message>
    <message>
        <source>Read many States&apos; national workbooks together: implementation by measure, State, theme and region, and assistance needed against offered</source>
        <translation>قراءة المصنفات الوطنية لدول عديدة معاً: التنفيذ حسب التدبير والدولة والموضوع والمنطقة، والمساعدة المطلوبة مقارنةً بالمساعدة المعروضة</translation>
    </message>
    <message>
        <source>&amp;Reporting period and language…</source>
        <translation>الفترة المشمولة بالتقرير واللغة…(&amp;R)</translation>
    </message>
    <message>
        <source>Outcome &amp;documents…</source>
        <translation>ال&amp;وثائق الختامية…</translation>
    </message>
    <message>
        <source>The outcome documents this assessment covers; add a newer outcome or a regional instrument</source>
        <translation>الوثائق الختامية التي يشملها هذا التقييم؛ إضافة وثيقة ختامية أحدث أو صك إقليمي</translation>
    </message>
    <message>
        <source>&amp;Working as…</source>
        <translation>العمل باسم…(&amp;W)</translation>
    </message>
    <message>
        <source>Who the changes are recorded as (the focal point unless you say otherwise)</source>
        <translation>الاسم الذي تُسجَّل به التغييرات (جهة التنسيق الوطنية ما لم تحدد غير ذلك)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Previous commitment</source>
        <translation>الالتزام السابق(&amp;P)</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>&amp;Next commitment</source>
        <translation>الالتزام التالي(&amp;N)</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Next &amp;unanswered measure</source>
        <translation>التدبير التالي دون إجابة(&amp;U)</translation>
    </message>
    <message>
        <source>The next measure without a status (Ctrl+U)</source>
        <translation>التدبير التالي الذي لا حالة له (Ctrl+U)</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>بحث…(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>لوحة المتابعة(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>What &amp;changed since an earlier cycle…</source>
        <translation>التغييرات منذ دورة سابقة…(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Confirm unchanged since the earlier cycle</source>
        <translation>تأكيد عدم التغيير منذ الدورة السابقة(&amp;C)</translation>
    </message>
    <message>
        <source>State &amp;profile and agencies…</source>
        <translation>ملف الدولة والجهات…(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Agencies and assignments…</source>
        <translation>الجهات والإسناد…(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Clearance…</source>
        <translation>الإجازة…(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;History of this answer…</source>
        <translation>سجل هذه الإجابة…(&amp;H)</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>حفظ نسخة باسم…(&amp;C)</translation>
    </message>
    <message>
        <source>Save a self-contained copy of the database, e.g. to hand it over</source>
        <translation>حفظ نسخة مستقلة من قاعدة البيانات، لتسليمها مثلاً</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>الاستعادة من نسخة احتياطية…(&amp;R)</translation>
    </message>
    <message>
        <source>Read this paragraph in the &amp;source text</source>
        <translation>قراءة هذه الفقرة في النص المصدر(&amp;S)</translation>
    </message>
    <message>
        <source>Open the outcome document as bundled with the app, at this paragraph</source>
        <translation>فتح الوثيقة الختامية المرفقة بالتطبيق عند هذه الفقرة</translation>
    </message>
    <message>
        <source>Shift+F1</source>
        <translation>Shift+F1</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>دليل المستخدم(&amp;U)</translation>
    </message>
    <message>
        <source>How to use poa-desktop, step by step</source>
        <translation>كيفية استخدام poa-desktop خطوة بخطوة</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About poa-desktop</source>
        <translation>حول poa-desktop(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>The filter shows no measures. Clear the filter to see them all.</source>
        <translation>لا تعرض التصفية أي تدابير. امسح التصفية لعرضها جميعاً.</translation>
    </message>
    <message>
        <source>Every measure the filter shows has a status. Clear the filter to find the %1 still to assess.</source>
        <translation>لكل تدبير تعرضه التصفية حالة محددة. امسح التصفية للعثور على التدابير المتبقية للتقييم (%1).</translation>
    </message>
    <message>
        <source>Every measure has a status.</source>
        <translation>لكل تدبير حالة محددة.</translation>
    </message>
    <message>
        <source>This is the last measure the filter shows (%1 of %2). Clear the filter to go on.</source>
        <translation>هذا آخر تدبير تعرضه التصفية (%1 من أصل %2). امسح التصفية للمتابعة.</translation>
    </message>
    <message>
        <source>This is the last measure (%1 of %2).</source>
        <translation>هذا آخر تدبير (%1 من أصل %2).</translation>
    </message>
    <message>
        <source>This is the first measure the filter shows (%1 of %2). Clear the filter to go further back.</source>
        <translation>هذا أول تدبير تعرضه التصفية (%1 من أصل %2). امسح التصفية للرجوع إلى ما قبله.</translation>
    </message>
    <message>
        <source>This is the first measure (%1 of %2).</source>
        <translation>هذا أول تدبير (%1 من أصل %2).</translation>
    </message>
    <message>
        <source>This measure is the last one without a status.</source>
        <translation>هذا التدبير هو آخر تدبير لا حالة له.</translation>
    </message>
    <message>
        <source>The short codes name the sections of each document:</source>
        <translation>تشير الرموز المختصرة إلى فروع كل وثيقة:</translation>
    </message>
</context>
<context>
    <name>NavigationModel</name>
    <message>
        <source>%1: shown for reference, not assessed (%2)</source>
        <translation>%1: تُعرض للاطلاع ولا تخضع للتقييم (%2)</translation>
    </message>
    <message>
        <source>a declaration</source>
        <translation>إعلان</translation>
    </message>
    <message>
        <source>a procedural paragraph</source>
        <translation>فقرة إجرائية</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Reporting period and report language</source>
        <translation>الفترة المشمولة بالتقرير ولغة التقرير</translation>
    </message>
    <message>
        <source>The period the national report covers, as UNODA&apos;s template asks for it, and the language the report is written in unless you choose another when exporting.</source>
        <translation>الفترة التي يشملها التقرير الوطني، كما يطلبها نموذج مكتب شؤون نزع السلاح، واللغة التي يُكتب بها التقرير ما لم تختر لغة أخرى عند التصدير.</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>اليوم الأول(&amp;F):</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>First day of the reporting period</source>
        <translation>اليوم الأول من الفترة المشمولة بالتقرير</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>اليوم الأخير(&amp;L):</translation>
    </message>
    <message>
        <source>Last day of the reporting period</source>
        <translation>اليوم الأخير من الفترة المشمولة بالتقرير</translation>
    </message>
    <message>
        <source>Report lan&amp;guage:</source>
        <translation>لغة التقرير(&amp;G):</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>لغة التقرير</translation>
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
        <translation>%1: التدابير المقيَّمة %2 من أصل %3</translation>
    </message>
    <message>
        <source>Share of the measures that have a status</source>
        <translation>نسبة التدابير التي لها حالة محددة</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>التدابير</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>المقيَّمة</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
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
        <translation>استعادة هذه الإجابات(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save as a file…</source>
        <translation>الحفظ في ملف…(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>حذف…(&amp;D)</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>البتّ لاحقاً(&amp;L)</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>لم يُستعد أي شيء: %1</translation>
    </message>
    <message>
        <source>The answers were restored, but the recovery file could not be updated (%1): choose Discard, or they are offered again at the next start.</source>
        <translation>استُعيدت الإجابات، ولكن تعذر تحديث ملف الاسترداد (%1): اختر «حذف»، وإلا فستُعرض عليك مجدداً عند التشغيل التالي.</translation>
    </message>
    <message>
        <source>%1 answer(s) restored. %2 could not be restored and stay in the recovery file:
%3</source>
        <translation>الإجابات المستعادة: %1. وتعذرت استعادة %2، وهي باقية في ملف الاسترداد:
%3</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>تعذرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1. The answers are still kept here until you restore or discard them.</source>
        <translation>حُفظت في %1. ولا تزال الإجابات محتفَظاً بها هنا إلى أن تستعيدها أو تحذفها.</translation>
    </message>
    <message>
        <source>Save the kept answers as</source>
        <translation>حفظ الإجابات المحتفَظ بها باسم</translation>
    </message>
    <message>
        <source>Text (*.txt);;JSON (*.json)</source>
        <translation>نص (*.txt);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Discard the kept answers?</source>
        <translation>هل تريد حذف الإجابات المحتفَظ بها؟</translation>
    </message>
    <message>
        <source>What you typed in these answers will be lost for good. Save them as a file first if you may need them.</source>
        <translation>سيُفقد ما كتبته في هذه الإجابات نهائياً. احفظها في ملف أولاً إذا كنت قد تحتاج إليها.</translation>
    </message>
    <message>
        <source>poa-desktop could not save your last changes to the database
    %1
and kept them in the recovery file
    %2
Restore them into the database now, save them as a file to keep, or discard them.</source>
        <translation>تعذر على poa-desktop حفظ آخر تغييراتك في قاعدة البيانات
    %1
واحتفظ بها في ملف الاسترداد
    %2
استعِدها إلى قاعدة البيانات الآن، أو احفظها في ملف للاحتفاظ بها، أو احذفها.</translation>
    </message>
    <message>
        <source>a recovery file</source>
        <translation>ملف استرداد</translation>
    </message>
    <message>
        <source>Disk full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>Could not write (read-only)</source>
        <translation>تعذرت الكتابة (للقراءة فقط)</translation>
    </message>
    <message>
        <source>Database file deleted or moved</source>
        <translation>حُذف ملف قاعدة البيانات أو نُقل</translation>
    </message>
    <message>
        <source>Database file damaged</source>
        <translation>ملف قاعدة البيانات تالف</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>تعذر الحفظ</translation>
    </message>
    <message>
        <source>Answers that could not be saved</source>
        <translation>الإجابات التي تعذر حفظها</translation>
    </message>
    <message>
        <source>&amp;Kept answers:</source>
        <translation>الإجابات المحتفَظ بها(&amp;K):</translation>
    </message>
    <message>
        <source>Kept answers</source>
        <translation>الإجابات المحتفَظ بها</translation>
    </message>
    <message>
        <source>Each answer that could not be saved: its assessment, commitment, status, first words, when and why</source>
        <translation>كل إجابة تعذر حفظها: تقييمها، والتزامها، وحالتها، وكلماتها الأولى، ومتى ولماذا لم تُحفظ</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>الالتزام</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>التدابير المتخذة</translation>
    </message>
    <message>
        <source>Kept on</source>
        <translation>تاريخ الاحتفاظ</translation>
    </message>
    <message>
        <source>Why it was not saved</source>
        <translation>سبب عدم الحفظ</translation>
    </message>
    <message>
        <source>Restoring saves each answer as a new version. If an answer was changed since, what it said before stays in its history (the History… button) and can be restored from there.</source>
        <translation>تحفظ الاستعادة كل إجابة كنسخة جديدة. وإذا عُدِّلت إجابة منذ ذلك الحين، يبقى ما كانت تتضمنه سابقاً في سجلها (زر «السجل…») ويمكن استعادته من هناك.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Annex A. Assistance needed and offered</source>
        <translation>المرفق A. المساعدة المطلوبة والمساعدة المعروضة</translation>
    </message>
    <message>
        <source>A.1 Assistance needed</source>
        <translation>A.1 المساعدة المطلوبة</translation>
    </message>
    <message>
        <source>A.2 Assistance offered</source>
        <translation>A.2 المساعدة المعروضة</translation>
    </message>
    <message>
        <source>Annex B. Laws and regulations cited</source>
        <translation>المرفق B. القوانين واللوائح المذكورة</translation>
    </message>
    <message>
        <source>Annex C. Contacts</source>
        <translation>المرفق C. جهات الاتصال</translation>
    </message>
    <message>
        <source>C.1 National focal point</source>
        <translation>C.1 جهة التنسيق الوطنية</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>C.2 Contributing agencies</source>
        <translation>C.2 الجهات المساهمة</translation>
    </message>
    <message>
        <source>C.3 Other contacts</source>
        <translation>C.3 جهات الاتصال الأخرى</translation>
    </message>
    <message>
        <source>Annex D. Items open at clearance</source>
        <translation>المرفق D. البنود المفتوحة عند الإجازة</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Open item</source>
        <translation>البند المفتوح</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>الالتزام</translation>
    </message>
    <message>
        <source>Status before</source>
        <translation>الحالة السابقة</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>الحالة الحالية</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>ما الذي تغيّر</translation>
    </message>
    <message>
        <source>No laws or regulations are cited.</source>
        <translation>لم يُذكر أي قانون أو لائحة.</translation>
    </message>
    <message>
        <source>Annex E. What changed since %1</source>
        <translation>المرفق E. التغييرات منذ %1</translation>
    </message>
    <message>
        <source>No assistance needs are recorded.</source>
        <translation>لم تُسجَّل أي احتياجات إلى المساعدة.</translation>
    </message>
    <message>
        <source>No offers of assistance are recorded.</source>
        <translation>لم تُسجَّل أي عروض للمساعدة.</translation>
    </message>
    <message>
        <source>Law or regulation</source>
        <translation>القانون أو اللائحة</translation>
    </message>
    <message>
        <source>Cited under</source>
        <translation>مذكور في إطار</translation>
    </message>
    <message>
        <source>No agencies are recorded.</source>
        <translation>لم تُسجَّل أي جهات.</translation>
    </message>
    <message>
        <source>No other contacts are recorded.</source>
        <translation>لم تُسجَّل أي جهات اتصال أخرى.</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>الأنواع</translation>
    </message>
    <message>
        <source>Assistance needed</source>
        <translation>المساعدة المطلوبة</translation>
    </message>
    <message>
        <source>National target</source>
        <translation>الهدف الوطني</translation>
    </message>
    <message>
        <source>Assistance offered</source>
        <translation>المساعدة المعروضة</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>مسؤول الاتصال</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>بحلول %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>All measures</source>
        <translation>جميع التدابير</translation>
    </message>
    <message>
        <source>Annex F. Evidence files</source>
        <translation>المرفق F. المستندات الداعمة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>%1 (cont.)</source>
        <translation>%1 (تابع)</translation>
    </message>
    <message>
        <source>National report of %1 on the implementation of the Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects and the International Tracing Instrument</source>
        <translation>التقرير الوطني المقدَّم من %1 بشأن تنفيذ برنامج العمل لمنع الاتجار غير المشروع بالأسلحة الصغيرة والأسلحة الخفيفة من جميع جوانبه ومكافحته والقضاء عليه والصك الدولي لتمكين الدول من تحديد الأسلحة الصغيرة والأسلحة الخفيفة غير المشروعة وتعقبها في الوقت المناسب وبطريقة موثوقة</translation>
    </message>
    <message>
        <source>1. Summary</source>
        <translation>1. الموجز</translation>
    </message>
    <message>
        <source>Status of the measures</source>
        <translation>حالة التدابير</translation>
    </message>
    <message>
        <source>Draft, not cleared</source>
        <translation>مسودة، غير مُجازة</translation>
    </message>
    <message>
        <source>Submitted for clearance, not yet cleared</source>
        <translation>مقدَّم للإجازة، لم يُجَز بعد</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>مُجاز</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>غير مذكورة</translation>
    </message>
    <message>
        <source>Prepared with poa-desktop %1 (commitment catalog %2). The text of each commitment is quoted verbatim from the outcome documents.</source>
        <translation>أُعِدَّ باستخدام poa-desktop %1 (فهرس الالتزامات %2). ونص كل التزام مقتبس حرفياً من الوثائق الختامية.</translation>
    </message>
    <message>
        <source>The commitments are quoted in English, the language of the outcome documents held by this application.</source>
        <translation>والالتزامات مقتبسة باللغة الإنكليزية، وهي لغة الوثائق الختامية المتاحة في هذا التطبيق.</translation>
    </message>
    <message>
        <source>Cleared by %1 on %2</source>
        <translation>أُجيز من قِبل %1 في %2</translation>
    </message>
    <message>
        <source>Cleared by %1</source>
        <translation>أُجيز من قِبل %1</translation>
    </message>
    <message>
        <source>Cleared on %1</source>
        <translation>أُجيز في %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>اعتباراً من %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>حتى %1</translation>
    </message>
    <message>
        <source>Reporting cycle</source>
        <translation>دورة الإبلاغ</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>الفترة المشمولة بالتقرير</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Outcome documents</source>
        <translation>الوثائق الختامية</translation>
    </message>
    <message>
        <source>National focal point</source>
        <translation>جهة التنسيق الوطنية</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>التدابير</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>غير محددة</translation>
    </message>
    <message>
        <source>Voluntary national report to the United Nations Office for Disarmament Affairs</source>
        <translation>تقرير وطني طوعي مقدَّم إلى مكتب الأمم المتحدة لشؤون نزع السلاح</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>Figure 1. Measures by status, for each section of the outcome documents. Each status has its own fill pattern as well as its own colour.</source>
        <translation>الشكل 1. التدابير حسب الحالة، لكل فرع من فروع الوثائق الختامية. ولكل حالة نمط تعبئة خاص بها إلى جانب لونها الخاص.</translation>
    </message>
    <message>
        <source>Table 1. Measures by status, for each outcome document and section.</source>
        <translation>الجدول 1. التدابير حسب الحالة، لكل وثيقة ختامية ولكل فرع.</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>National report on the PoA and the ITI</source>
        <translation>التقرير الوطني بشأن برنامج العمل والصك الدولي للتعقب</translation>
    </message>
    <message>
        <source>Generated %1 · %2</source>
        <translation>أُنشئ في %1 · %2</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>أُنشئ في %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Voluntary national report, %1</source>
        <translation>تقرير وطني طوعي، %1</translation>
    </message>
    <message>
        <source>No measure of this document has been assessed yet.</source>
        <translation>لم يُقيَّم بعد أي تدبير من تدابير هذه الوثيقة.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>The declaratory paragraphs (%1) and the procedural paragraphs (%2) are not assessed and are not reproduced here; this section covers the measures only.</source>
        <translation>لا تخضع الفقرات الإعلانية (%1) والفقرات الإجرائية (%2) للتقييم ولا تُستنسخ هنا؛ ويقتصر هذا الفرع على التدابير.</translation>
    </message>
    <message>
        <source>The declaratory paragraphs (%1) are not assessed and are not reproduced here; this section covers the measures only.</source>
        <translation>لا تخضع الفقرات الإعلانية (%1) للتقييم ولا تُستنسخ هنا؛ ويقتصر هذا الفرع على التدابير.</translation>
    </message>
    <message>
        <source>The procedural paragraphs (%1) are not assessed and are not reproduced here; this section covers the measures only.</source>
        <translation>لا تخضع الفقرات الإجرائية (%1) للتقييم ولا تُستنسخ هنا؛ ويقتصر هذا الفرع على التدابير.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>The report was cleared by %1 on %2.</source>
        <translation>أُجيز التقرير من قِبل %1 في %2.</translation>
    </message>
    <message>
        <source>%n item of the clearance checklist was still open; it is listed here as recorded at clearance.|%n items of the clearance checklist were still open; they are listed here as recorded at clearance.</source>
        <translation>عدد بنود قائمة مراجعة الإجازة التي ظلت مفتوحة: %n.|ظل %n بند من بنود قائمة مراجعة الإجازة مفتوحاً؛ وهو مدرج هنا كما سُجِّل وقت الإجازة.|ظل %n من بنود قائمة مراجعة الإجازة مفتوحَين؛ وهما مدرجان هنا كما سُجِّلا وقت الإجازة.|ظلت %n من بنود قائمة مراجعة الإجازة مفتوحة؛ وهي مدرجة هنا كما سُجِّلت وقت الإجازة.|ظلت %n من بنود قائمة مراجعة الإجازة مفتوحة؛ وهي مدرجة هنا كما سُجِّلت وقت الإجازة.|ظلت %n من بنود قائمة مراجعة الإجازة مفتوحة؛ وهي مدرجة هنا كما سُجِّلت وقت الإجازة.</translation>
    </message>
    <message>
        <source>%n law or regulation is cited in the answers, listed with the commitments under which it is cited.|%n laws and regulations are cited in the answers, each listed once with the commitments under which it is cited.</source>
        <translation>عدد القوانين واللوائح المذكورة في الإجابات: %n.|ذُكر في الإجابات %n قانون أو لائحة، ويرد مع الالتزامات التي ذُكر في إطارها.|ذُكر في الإجابات %n من القوانين واللوائح، ويرد كل منها مرة واحدة مع الالتزامات التي ذُكر في إطارها.|ذُكر في الإجابات %n من القوانين واللوائح، ويرد كل منها مرة واحدة مع الالتزامات التي ذُكر في إطارها.|ذُكر في الإجابات %n من القوانين واللوائح، ويرد كل منها مرة واحدة مع الالتزامات التي ذُكر في إطارها.|ذُكر في الإجابات %n من القوانين واللوائح، ويرد كل منها مرة واحدة مع الالتزامات التي ذُكر في إطارها.</translation>
    </message>
    <message>
        <source>The report was cleared by %1.</source>
        <translation>أُجيز التقرير من قِبل %1.</translation>
    </message>
    <message>
        <source>%n measure whose status or text differs between the %1 and %2 assessments.|%n measures whose status or text differ between the %1 and %2 assessments.</source>
        <translation>عدد التدابير التي اختلفت حالتها أو نصها بين تقييمَي %1 و%2: %n.|%n تدبير اختلفت حالته أو نصه بين تقييمَي %1 و%2.|%n من التدابير اختلفت حالتها أو نصها بين تقييمَي %1 و%2.|%n من التدابير اختلفت حالتها أو نصها بين تقييمَي %1 و%2.|%n من التدابير اختلفت حالتها أو نصها بين تقييمَي %1 و%2.|%n من التدابير اختلفت حالتها أو نصها بين تقييمَي %1 و%2.</translation>
    </message>
    <message>
        <source>The report was cleared on %1.</source>
        <translation>أُجيز التقرير في %1.</translation>
    </message>
    <message>
        <source>The report was cleared.</source>
        <translation>أُجيز التقرير.</translation>
    </message>
    <message>
        <source>%n file supports the answers. It is identified by its SHA-256 digest, which the submission package&apos;s manifest repeats, so a copy can be checked.|%n files support the answers. Each is identified by its SHA-256 digest, which the submission package&apos;s manifest repeats, so a copy can be checked.</source>
        <translation>عدد الملفات الداعمة للإجابات: %n. ويُعرَّف كل منها ببصمة SHA-256 الخاصة به، التي يكررها بيان محتويات حزمة تقديم التقرير، بحيث يمكن التحقق من أي نسخة منه.|يدعم الإجاباتِ %n ملف. ويُعرَّف ببصمة SHA-256 الخاصة به، التي يكررها بيان محتويات حزمة تقديم التقرير، بحيث يمكن التحقق من أي نسخة منه.|يدعم الإجاباتِ %n من الملفات. ويُعرَّف كل منها ببصمة SHA-256 الخاصة به، التي يكررها بيان محتويات حزمة تقديم التقرير، بحيث يمكن التحقق من أي نسخة منه.|يدعم الإجاباتِ %n من الملفات. ويُعرَّف كل منها ببصمة SHA-256 الخاصة به، التي يكررها بيان محتويات حزمة تقديم التقرير، بحيث يمكن التحقق من أي نسخة منه.|يدعم الإجاباتِ %n من الملفات. ويُعرَّف كل منها ببصمة SHA-256 الخاصة به، التي يكررها بيان محتويات حزمة تقديم التقرير، بحيث يمكن التحقق من أي نسخة منه.|يدعم الإجاباتِ %n من الملفات. ويُعرَّف كل منها ببصمة SHA-256 الخاصة به، التي يكررها بيان محتويات حزمة تقديم التقرير، بحيث يمكن التحقق من أي نسخة منه.</translation>
    </message>
    <message>
        <source>Transmitted by (name and title)</source>
        <translation>المُحيل (الاسم والمنصب)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>%1 has assessed %2 of the %3 measures that the outcome documents ask States to take: %4; %5 are not yet assessed.</source>
        <translation>قيّمت الدولة (%1) %2 من أصل %3 من التدابير التي تطلب الوثائق الختامية من الدول اتخاذها: %4؛ وعدد التدابير التي لم تُقيَّم بعد: %5.</translation>
    </message>
    <message>
        <source>%1 has assessed %2 of the %3 measures that the outcome documents ask States to take: %4.</source>
        <translation>قيّمت الدولة (%1) %2 من أصل %3 من التدابير التي تطلب الوثائق الختامية من الدول اتخاذها: %4.</translation>
    </message>
    <message>
        <source>For transmission</source>
        <translation>للإحالة</translation>
    </message>
    <message>
        <source>Assistance is needed for %n measure. By kind: %1. Annex A gives the text of the commitment and the assistance offered.|Assistance is needed for %n measures. By kind: %1. Annex A gives the text of each commitment and the assistance offered.</source>
        <translation>عدد التدابير التي تلزمها مساعدة: %n. حسب النوع: %1. ويتضمن المرفق A نص كل التزام والمساعدة المعروضة.|المساعدة مطلوبة لـ %n تدبير. حسب النوع: %1. ويتضمن المرفق A نص الالتزام والمساعدة المعروضة.|المساعدة مطلوبة لـ %n من التدابير. حسب النوع: %1. ويتضمن المرفق A نص كل التزام والمساعدة المعروضة.|المساعدة مطلوبة لـ %n من التدابير. حسب النوع: %1. ويتضمن المرفق A نص كل التزام والمساعدة المعروضة.|المساعدة مطلوبة لـ %n من التدابير. حسب النوع: %1. ويتضمن المرفق A نص كل التزام والمساعدة المعروضة.|المساعدة مطلوبة لـ %n من التدابير. حسب النوع: %1. ويتضمن المرفق A نص كل التزام والمساعدة المعروضة.</translation>
    </message>
    <message>
        <source>Laws by area</source>
        <translation>القوانين حسب المجال</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>المجال</translation>
    </message>
    <message>
        <source>National data</source>
        <translation>البيانات الوطنية</translation>
    </message>
    <message>
        <source>Concerns %1.</source>
        <translation>الالتزامات المعنية: %1.</translation>
    </message>
    <message>
        <source>Figures and facts the State reports once for the whole report; each measure they concern refers here.</source>
        <translation>أرقام ومعلومات تقدمها الدولة مرة واحدة للتقرير بأكمله؛ ويُحال إليها من كل تدبير تتعلق به.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>البيان</translation>
    </message>
    <message>
        <source>No national data has been entered.</source>
        <translation>لم تُدخَل أي بيانات وطنية.</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 من أصل %2 (%3)</translation>
    </message>
    <message>
        <source>Proportion: %1</source>
        <translation>النسبة: %1</translation>
    </message>
    <message>
        <source>Yes. &lt;i&gt;Kinds:&lt;/i&gt; %1.</source>
        <translation>نعم. &lt;i&gt;الأنواع:&lt;/i&gt; %1.</translation>
    </message>
    <message>
        <source>Yes.</source>
        <translation>نعم.</translation>
    </message>
    <message>
        <source>See National data: %1.</source>
        <translation>انظر «البيانات الوطنية»: %1.</translation>
    </message>
    <message>
        <source>Report data</source>
        <translation>بيانات التقرير</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;Target date:&lt;/i&gt; %1</source>
        <translation>&lt;i&gt;الموعد المستهدف:&lt;/i&gt; %1</translation>
    </message>
    <message>
        <source>No longer current: %1</source>
        <translation>لم يعد سارياً: %1</translation>
    </message>
    <message>
        <source>The measures in the order of UNODA’s reporting template</source>
        <translation>التدابير بترتيب نموذج الإبلاغ لمكتب شؤون نزع السلاح</translation>
    </message>
    <message>
        <source>Each measure of the outcome documents is placed under one section of the template, with its citation; the answers are those of the rest of the report.</source>
        <translation>يُدرج كل تدبير من تدابير الوثائق الختامية تحت فرع واحد من فروع النموذج، مع مرجعه؛ والإجابات هي نفسها الواردة في بقية التقرير.</translation>
    </message>
    <message>
        <source>No measure of this section is shown.</source>
        <translation>لا يُعرض أي تدبير من تدابير هذا الفرع.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <source>Report fields</source>
        <translation>حقول التقرير</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>About</source>
        <translation>حول المصنف</translation>
    </message>
    <message>
        <source>Changes since {cycle}</source>
        <translation>التغييرات منذ {cycle}</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>المستندات الداعمة</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>جهة التنسيق الوطنية</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة اتصال</translation>
    </message>
    <message>
        <source>Format: {column}</source>
        <translation>الصيغة: {column}</translation>
    </message>
    <message>
        <source>Template answer</source>
        <translation>الإجابة وفق النموذج</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>رمز الحالة</translation>
    </message>
    <message>
        <source>Workbook format</source>
        <translation>صيغة المصنف</translation>
    </message>
    <message>
        <source>Application version</source>
        <translation>إصدار التطبيق</translation>
    </message>
    <message>
        <source>Catalog version</source>
        <translation>إصدار فهرس الالتزامات</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>رمز ISO</translation>
    </message>
    <message>
        <source>Reporting period start</source>
        <translation>بداية الفترة المشمولة بالتقرير</translation>
    </message>
    <message>
        <source>Reporting period end</source>
        <translation>نهاية الفترة المشمولة بالتقرير</translation>
    </message>
    <message>
        <source>Assessment status</source>
        <translation>حالة التقييم</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>لغة التقرير</translation>
    </message>
    <message>
        <source>Exported at (UTC)</source>
        <translation>وقت التصدير (UTC)</translation>
    </message>
    <message>
        <source>Answers SHA-256</source>
        <translation>بصمة SHA-256 للإجابات</translation>
    </message>
    <message>
        <source>Measures assessed</source>
        <translation>التدابير المقيَّمة</translation>
    </message>
    <message>
        <source>Commitment ID</source>
        <translation>معرّف الالتزام</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Changed after export</source>
        <translation>عُدِّل بعد التصدير</translation>
    </message>
    <message>
        <source>Not a readable national workbook</source>
        <translation>ليس مصنفاً وطنياً قابلاً للقراءة</translation>
    </message>
    <message>
        <source>African</source>
        <translation>أفريقيا</translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation>آسيا والمحيط الهادئ</translation>
    </message>
    <message>
        <source>Eastern European</source>
        <translation>أوروبا الشرقية</translation>
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
        <translation>مجموعة الدول الأفريقية</translation>
    </message>
    <message>
        <source>Asia-Pacific Group</source>
        <translation>مجموعة دول آسيا والمحيط الهادئ</translation>
    </message>
    <message>
        <source>Eastern European Group</source>
        <translation>مجموعة دول أوروبا الشرقية</translation>
    </message>
    <message>
        <source>Latin American and Caribbean Group (GRULAC)</source>
        <translation>مجموعة دول أمريكا اللاتينية ومنطقة البحر الكاريبي (GRULAC)</translation>
    </message>
    <message>
        <source>Western European and others Group (WEOG)</source>
        <translation>مجموعة دول أوروبا الغربية ودول أخرى (WEOG)</translation>
    </message>
    <message>
        <source>No UN regional group</source>
        <translation>خارج المجموعات الإقليمية في الأمم المتحدة</translation>
    </message>
    <message>
        <source>By measure</source>
        <translation>حسب التدبير</translation>
    </message>
    <message>
        <source>By State</source>
        <translation>حسب الدولة</translation>
    </message>
    <message>
        <source>By theme and region</source>
        <translation>حسب الموضوع والمنطقة</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>المساعدة</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>States reporting</source>
        <translation>الدول المقدِّمة للتقارير</translation>
    </message>
    <message>
        <source>UN regional group</source>
        <translation>المجموعة الإقليمية في الأمم المتحدة</translation>
    </message>
    <message>
        <source>Theme ID</source>
        <translation>معرّف الموضوع</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Kinds named in the offer</source>
        <translation>الأنواع المذكورة في العرض</translation>
    </message>
    <message>
        <source>Offered on the same measure by</source>
        <translation>معروضة بشأن التدبير نفسه من جانب</translation>
    </message>
    <message>
        <source>Offered on a measure of the same theme by</source>
        <translation>معروضة بشأن تدبير من الموضوع نفسه من جانب</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>محتسَب</translation>
    </message>
    <message>
        <source>Not counted: the same State and cycle again</source>
        <translation>غير محتسَب: تقرير مكرر للدولة نفسها والدورة نفسها</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>غير مستخدَم</translation>
    </message>
    <message>
        <source>Kind not said</source>
        <translation>نوع غير محدد</translation>
    </message>
    <message>
        <source>National reports on the PoA and ITI: analysis</source>
        <translation>التقارير الوطنية بشأن برنامج العمل والصك الدولي للتعقب: تحليل</translation>
    </message>
    <message>
        <source>Implementation by document section</source>
        <translation>التنفيذ حسب فرع الوثيقة</translation>
    </message>
    <message>
        <source>Implementation by UN regional group</source>
        <translation>التنفيذ حسب المجموعة الإقليمية في الأمم المتحدة</translation>
    </message>
    <message>
        <source>The least implemented measures</source>
        <translation>التدابير الأقل تنفيذاً</translation>
    </message>
    <message>
        <source>The measures the fewest States implement, as a share of the States that gave them a status other than Not applicable.</source>
        <translation>التدابير التي تنفذها أقل نسبة من الدول، محسوبةً من بين الدول التي أسندت إليها حالة غير «لا ينطبق».</translation>
    </message>
    <message>
        <source>Assistance: needs and offers</source>
        <translation>المساعدة: الاحتياجات والعروض</translation>
    </message>
    <message>
        <source>A need is met on the same measure when another State offers assistance on that measure, on the same theme when it offers assistance on a measure sharing one of its themes; an offer that names no kind of assistance is taken to offer any.</source>
        <translation>تُعدّ الحاجة ملبّاة في التدبير نفسه عندما تعرض دولة أخرى المساعدة بشأن ذلك التدبير، وفي الموضوع نفسه عندما تعرض المساعدة بشأن تدبير يشترك معه في أحد مواضيعه؛ ويُعتبر العرض الذي لا يحدد أي نوع من المساعدة عرضاً لجميع الأنواع.</translation>
    </message>
    <message>
        <source>By kind of assistance</source>
        <translation>حسب نوع المساعدة</translation>
    </message>
    <message>
        <source>By theme</source>
        <translation>حسب الموضوع</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>الاحتياجات</translation>
    </message>
    <message>
        <source>States needing</source>
        <translation>الدول المحتاجة إلى المساعدة</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>العروض</translation>
    </message>
    <message>
        <source>States offering</source>
        <translation>الدول التي تعرض المساعدة</translation>
    </message>
    <message>
        <source>Met on the same measure</source>
        <translation>الملبّاة في التدبير نفسه</translation>
    </message>
    <message>
        <source>Met on the measure or theme</source>
        <translation>الملبّاة في التدبير أو الموضوع</translation>
    </message>
    <message>
        <source>Implemented (share)</source>
        <translation>منفَّذ (النسبة)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>التدبير</translation>
    </message>
    <message>
        <source>Kind of assistance</source>
        <translation>نوع المساعدة</translation>
    </message>
    <message>
        <source>Files not counted</source>
        <translation>الملفات غير المحتسَبة</translation>
    </message>
    <message>
        <source>National reports counted: %1, of %2 States, from %3 files read. Cycles: %4. Catalog version: %5.</source>
        <translation>التقارير الوطنية المحتسَبة: %1 (عدد الدول: %2؛ عدد الملفات المقروءة: %3). الدورات: %4. إصدار فهرس الالتزامات: %5.</translation>
    </message>
    <message>
        <source>Files not counted: %1. They are listed at the end, with the reason.</source>
        <translation>الملفات غير المحتسَبة: %1. وهي مدرجة في النهاية مع بيان السبب.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>الصفحة %1</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <source>Commitment text</source>
        <translation>نص الالتزام</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>آخر تغيير</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Field ID</source>
        <translation>معرّف الحقل</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>الاسم المختصر</translation>
    </message>
    <message>
        <source>Title or role</source>
        <translation>المنصب أو الدور</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>الحقول التي تغيرت</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع الملف</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>الحجم (بايت)</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>بصمة SHA-256</translation>
    </message>
    <message>
        <source>Added (UTC)</source>
        <translation>وقت الإضافة (UTC)</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>أُضيف من قِبل</translation>
    </message>
    <message>
        <source>Stable id of the paragraph (BMS8-29, RC3-II-21); the key of each row.</source>
        <translation>معرّف ثابت للفقرة (مثل BMS8-29 وRC3-II-21)؛ وهو مفتاح كل صف.</translation>
    </message>
    <message>
        <source>{statuses}, or empty: not assessed.</source>
        <translation>{statuses}، أو فارغة: لم يُقيَّم بعد.</translation>
    </message>
    <message>
        <source>The status in the words of UNODA&apos;s national report template: {template}; empty: not assessed. Written by the application from the Status column.</source>
        <translation>الحالة بالصيغة التي يستخدمها نموذج التقرير الوطني لمكتب شؤون نزع السلاح: {template}؛ وفارغة: لم يُقيَّم بعد. يكتبها التطبيق انطلاقاً من عمود «الحالة».</translation>
    </message>
    <message>
        <source>The status as a code, the same in every language: implemented, developing, not_implemented, not_applicable; empty: not assessed. Written by the application; when the workbook comes back, the Status column is what counts.</source>
        <translation>الحالة في صورة رمز، وهو واحد في جميع اللغات: implemented أو developing أو not_implemented أو not_applicable؛ وفارغة: لم يُقيَّم بعد. يكتبه التطبيق؛ وعند إعادة المصنف، يُعتدّ بعمود «الحالة».</translation>
    </message>
    <message>
        <source>One law per line: original title | English title | year | link | area | what it provides; the area is one of {areas}. Inside a value write \| for a vertical bar, \\ for a backslash, \n for a line break.</source>
        <translation>قانون واحد في كل سطر: العنوان الأصلي | العنوان بالإنكليزية | السنة | الرابط | المجال | ما ينص عليه؛ ويكون المجال أحد ما يلي: {areas}. داخل القيمة، اكتب \| للخط العمودي، و\\ للشرطة المائلة العكسية، و\n لفاصل السطر.</translation>
    </message>
    <message>
        <source>One agency per line.</source>
        <translation>جهة واحدة في كل سطر.</translation>
    </message>
    <message>
        <source>{yes} or {no}.</source>
        <translation>{yes} أو {no}.</translation>
    </message>
    <message>
        <source>Any of {kinds}; separated by commas.</source>
        <translation>أيٌّ مما يلي: {kinds}؛ مفصولة بفواصل (,).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD.</source>
        <translation>بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>When the answer was last saved, ISO 8601 in UTC (YYYY-MM-DDTHH:MM:SSZ).</source>
        <translation>وقت آخر حفظ للإجابة، بصيغة ISO 8601 وبتوقيت UTC (YYYY-MM-DDTHH:MM:SSZ).</translation>
    </message>
    <message>
        <source>Where the answer came from: {sources}.</source>
        <translation>مصدر الإجابة: {sources}.</translation>
    </message>
    <message>
        <source>One row per commitment and field; a field repeats under each commitment.</source>
        <translation>صف واحد لكل التزام وحقل؛ ويتكرر الحقل تحت كل التزام.</translation>
    </message>
    <message>
        <source>SHA-256 of the answers&apos; content as canonical JSON, by commitment id.</source>
        <translation>بصمة SHA-256 لمحتوى الإجابات بصيغة JSON الموحَّدة (canonical JSON)، مرتبةً حسب معرّف الالتزام.</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>الحماية</translation>
    </message>
    <message>
        <source>Ids and texts are locked, answers editable. No password: Review &gt; Unprotect Sheet.</source>
        <translation>المعرّفات والنصوص مقفلة، والإجابات قابلة للتحرير. لا توجد كلمة مرور: «مراجعة &gt; إلغاء حماية الورقة».</translation>
    </message>
    <message>
        <source>Voluntary national report to UNODA</source>
        <translation>تقرير وطني طوعي مقدَّم إلى مكتب شؤون نزع السلاح</translation>
    </message>
    <message>
        <source>Yes or No</source>
        <translation>نعم أو لا</translation>
    </message>
    <message>
        <source>{state}: national report on the PoA and ITI, {cycle}</source>
        <translation>{state}: التقرير الوطني بشأن برنامج العمل والصك الدولي للتعقب، {cycle}</translation>
    </message>
    <message>
        <source>Choose one of: {values}; or leave the cell empty.</source>
        <translation>اختر إحدى القيم التالية: {values}؛ أو اترك الخلية فارغة.</translation>
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
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>%1 measures and %2 paragraphs shown for reference</source>
        <translation>عدد التدابير: %1، وعدد الفقرات المعروضة للاطلاع: %2</translation>
    </message>
    <message>
        <source>%1 measures</source>
        <translation>عدد التدابير: %1</translation>
    </message>
    <message>
        <source>%1 paragraphs shown for reference, none assessed</source>
        <translation>عدد الفقرات المعروضة للاطلاع: %1، ولا يخضع أي منها للتقييم</translation>
    </message>
    <message>
        <source>%1 is the outcome document %2 (%3)</source>
        <translation>%1 هي الوثيقة الختامية %2 (%3)</translation>
    </message>
    <message>
        <source>Section %1 of the %2 outcome (%3): %4</source>
        <translation>الفرع %1 من الوثيقة الختامية %2 (%3): %4</translation>
    </message>
    <message>
        <source>The %1 of the %2 outcome (%3): %4</source>
        <translation>%1 من الوثيقة الختامية %2 (%3): %4</translation>
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
        <translation>الفرع</translation>
    </message>
    <message>
        <source>&amp;Paragraphs (Enter opens one):</source>
        <translation>الفقرات (يفتح مفتاح Enter الفقرة المحددة)(&amp;P):</translation>
    </message>
    <message>
        <source>Paragraphs under this heading</source>
        <translation>الفقرات الواردة تحت هذا العنوان</translation>
    </message>
    <message>
        <source>What the short code of the progress figures means</source>
        <translation>معنى الرمز المختصر المستخدم في أرقام التقدم المحرز</translation>
    </message>
    <message>
        <source>%1 of %2 measures assessed (%3)</source>
        <translation>التدابير المقيَّمة: %1 من أصل %2 (%3)</translation>
    </message>
    <message>
        <source>No measure to assess here: the paragraphs are shown for reference.</source>
        <translation>لا يوجد هنا أي تدبير للتقييم: الفقرات معروضة للاطلاع.</translation>
    </message>
    <message>
        <source>shown for reference, not assessed</source>
        <translation>معروضة للاطلاع ولا تخضع للتقييم</translation>
    </message>
</context>
<context>
    <name>SourceViewer</name>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>%1 — source text</source>
        <translation>%1 — النص المصدر</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>لم يُعثر عليه</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>الوثيقة المصدر</translation>
    </message>
    <message>
        <source>Which document this is</source>
        <translation>الوثيقة المعروضة</translation>
    </message>
    <message>
        <source>&amp;Find in the text:</source>
        <translation>البحث في النص(&amp;F):</translation>
    </message>
    <message>
        <source>Find in the text</source>
        <translation>البحث في النص</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>البحث عن التالي(&amp;N)</translation>
    </message>
    <message>
        <source>Text of the outcome document</source>
        <translation>نص الوثيقة الختامية</translation>
    </message>
</context>
<context>
    <name>StatusChart</name>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>لا يوجد ما يُعرض بعد</translation>
    </message>
    <message>
        <source>Share of measures by status</source>
        <translation>نسبة التدابير حسب الحالة</translation>
    </message>
    <message>
        <source>%1: %2 of %3 measures %4 (%5%)</source>
        <translation>%1: %4 — %2 من أصل %3 من التدابير (%5%)</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <source>Implemented</source>
        <translation>منفَّذ</translation>
    </message>
    <message>
        <source>Developing</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>غير منفَّذ</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>لم يُقيَّم بعد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>التدابير المتخذة</translation>
    </message>
    <message>
        <source>Laws and regulations</source>
        <translation>القوانين واللوائح</translation>
    </message>
    <message>
        <source>Responsible agencies</source>
        <translation>الجهات المسؤولة</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>التحديات</translation>
    </message>
    <message>
        <source>Assistance needed</source>
        <translation>المساعدة المطلوبة</translation>
    </message>
    <message>
        <source>Assistance kinds</source>
        <translation>أنواع المساعدة</translation>
    </message>
    <message>
        <source>Assistance description</source>
        <translation>وصف المساعدة</translation>
    </message>
    <message>
        <source>Assistance offered</source>
        <translation>المساعدة المعروضة</translation>
    </message>
    <message>
        <source>National target</source>
        <translation>الهدف الوطني</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>الموعد المستهدف</translation>
    </message>
    <message>
        <source>Paragraph reference</source>
        <translation>مرجع الفقرة</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>يومية</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>قبل الاستيراد</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>قبل الاستعادة</translation>
    </message>
    <message>
        <source>Before removing an evidence file</source>
        <translation>قبل حذف مستند داعم</translation>
    </message>
    <message>
        <source>Taken on request</source>
        <translation>بناءً على الطلب</translation>
    </message>
    <message>
        <source>The damaged file, kept aside (not a backup)</source>
        <translation>الملف التالف، محفوظ جانباً (ليس نسخة احتياطية)</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>مُدخَلة يدوياً</translation>
    </message>
    <message>
        <source>carried forward</source>
        <translation>مُرحَّلة</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>مستوردة</translation>
    </message>
    <message>
        <source>contributed</source>
        <translation>مقدَّمة من جهة</translation>
    </message>
    <message>
        <source>National coordination</source>
        <translation>التنسيق الوطني</translation>
    </message>
    <message>
        <source>Stockpile management</source>
        <translation>إدارة المخزونات</translation>
    </message>
    <message>
        <source>Disposal and destruction</source>
        <translation>التخلص والتدمير</translation>
    </message>
    <message>
        <source>Transfer controls</source>
        <translation>ضوابط النقل</translation>
    </message>
    <message>
        <source>Diversion</source>
        <translation>التسريب</translation>
    </message>
    <message>
        <source>Brokering</source>
        <translation>السمسرة</translation>
    </message>
    <message>
        <source>Production and manufacture</source>
        <translation>الإنتاج والصنع</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>التصدير</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <source>Transit and trans-shipment</source>
        <translation>العبور وإعادة الشحن</translation>
    </message>
    <message>
        <source>Retransfer</source>
        <translation>إعادة النقل</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Record-keeping</source>
        <translation>حفظ السجلات</translation>
    </message>
    <message>
        <source>Possession and use</source>
        <translation>الحيازة والاستخدام</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Tracing</source>
        <translation>التعقب</translation>
    </message>
    <message>
        <source>Manufacturing and new technologies</source>
        <translation>الصنع والتكنولوجيات الجديدة</translation>
    </message>
    <message>
        <source>Deactivation and conversion</source>
        <translation>التعطيل والتحويل</translation>
    </message>
    <message>
        <source>Online trade</source>
        <translation>التجارة عبر الإنترنت</translation>
    </message>
    <message>
        <source>Border and customs</source>
        <translation>الحدود والجمارك</translation>
    </message>
    <message>
        <source>Conflict and post-conflict</source>
        <translation>حالات النزاع وما بعد انتهاء النزاع</translation>
    </message>
    <message>
        <source>Arms embargoes</source>
        <translation>حظر توريد الأسلحة</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>المنظور الجنساني</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>الشباب</translation>
    </message>
    <message>
        <source>SDG 16.4</source>
        <translation>الغاية 16-4 من أهداف التنمية المستدامة</translation>
    </message>
    <message>
        <source>Cooperation and assistance</source>
        <translation>التعاون والمساعدة</translation>
    </message>
    <message>
        <source>Information exchange</source>
        <translation>تبادل المعلومات</translation>
    </message>
    <message>
        <source>Reporting and transparency</source>
        <translation>الإبلاغ والشفافية</translation>
    </message>
    <message>
        <source>Regional cooperation</source>
        <translation>التعاون الإقليمي</translation>
    </message>
    <message>
        <source>Terrorism and crime</source>
        <translation>الإرهاب والجريمة</translation>
    </message>
    <message>
        <source>Ammunition</source>
        <translation>الذخيرة</translation>
    </message>
    <message>
        <source>Civil society and industry</source>
        <translation>المجتمع المدني والقطاع الصناعي</translation>
    </message>
    <message>
        <source>Culture of peace</source>
        <translation>ثقافة السلام</translation>
    </message>
    <message>
        <source>Follow-up and meetings</source>
        <translation>المتابعة والاجتماعات</translation>
    </message>
    <message>
        <source>All States</source>
        <translation>جميع الدول</translation>
    </message>
    <message>
        <source>States in a position to do so</source>
        <translation>الدول التي هي في وضع يمكّنها من ذلك</translation>
    </message>
    <message>
        <source>States requesting or receiving assistance</source>
        <translation>الدول الطالبة للمساعدة أو المتلقية لها</translation>
    </message>
    <message>
        <source>States emerging from or affected by conflict</source>
        <translation>الدول الخارجة من النزاعات أو المتضررة منها</translation>
    </message>
    <message>
        <source>States applying the Programme of Action to ammunition</source>
        <translation>الدول التي تطبق برنامج العمل على الذخيرة</translation>
    </message>
    <message>
        <source>Regional and subregional organizations</source>
        <translation>المنظمات الإقليمية ودون الإقليمية</translation>
    </message>
    <message>
        <source>International organizations</source>
        <translation>المنظمات الدولية</translation>
    </message>
    <message>
        <source>United Nations Secretariat</source>
        <translation>الأمانة العامة للأمم المتحدة</translation>
    </message>
    <message>
        <source>Security Council and mandating bodies</source>
        <translation>مجلس الأمن والهيئات المانحة للولايات</translation>
    </message>
    <message>
        <source>Industry and the private sector</source>
        <translation>القطاع الصناعي والقطاع الخاص</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>المجتمع المدني</translation>
    </message>
    <message>
        <source>The meeting of States</source>
        <translation>اجتماع الدول</translation>
    </message>
    <message>
        <source>National</source>
        <translation>وطني</translation>
    </message>
    <message>
        <source>Regional and subregional</source>
        <translation>إقليمي ودون إقليمي</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>عالمي</translation>
    </message>
    <message>
        <source>International (between States and with organizations)</source>
        <translation>دولي (بين الدول ومع المنظمات)</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>مالية</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>تقنية</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>معدات</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>تدريب</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>قانونية</translation>
    </message>
    <message>
        <source>Manufacture and marking</source>
        <translation>الصنع والوسم</translation>
    </message>
    <message>
        <source>Stockpile management and surplus</source>
        <translation>إدارة المخزونات والفائض</translation>
    </message>
    <message>
        <source>Transfer controls and brokering</source>
        <translation>ضوابط النقل والسمسرة</translation>
    </message>
    <message>
        <source>International cooperation and assistance</source>
        <translation>التعاون والمساعدة الدوليان</translation>
    </message>
    <message>
        <source>SDG 16.4.2</source>
        <translation>مؤشر أهداف التنمية المستدامة 16-4-2</translation>
    </message>
    <message>
        <source>Other commitments</source>
        <translation>التزامات أخرى</translation>
    </message>
    <message>
        <source>SDG indicator 16.4.2: seized, found or surrendered arms</source>
        <translation>مؤشر أهداف التنمية المستدامة 16-4-2: الأسلحة المضبوطة أو المعثور عليها أو المسلَّمة</translation>
    </message>
    <message>
        <source>Small arms and light weapons seized, found or surrendered during the reporting period, and how many of them had their illicit origin or context traced or established by a competent authority in line with international instruments.</source>
        <translation>الأسلحة الصغيرة والأسلحة الخفيفة المضبوطة أو المعثور عليها أو المسلَّمة خلال الفترة المشمولة بالتقرير، وعدد ما تعقّبت منها سلطة مختصة مصدرها أو سياقها غير المشروع أو أثبتته وفقاً للصكوك الدولية.</translation>
    </message>
    <message>
        <source>Year the figures cover</source>
        <translation>السنة التي تغطيها الأرقام</translation>
    </message>
    <message>
        <source>The calendar year of the seizures, finds and surrenders counted below.</source>
        <translation>السنة التقويمية لعمليات الضبط والعثور والتسليم المحسوبة أدناه.</translation>
    </message>
    <message>
        <source>Arms seized</source>
        <translation>الأسلحة المضبوطة</translation>
    </message>
    <message>
        <source>Weapons taken into custody by a competent authority, for example in a search, at a border or in an investigation.</source>
        <translation>الأسلحة التي تحفّظت عليها سلطة مختصة، أثناء عملية تفتيش أو على الحدود أو في إطار تحقيق مثلاً.</translation>
    </message>
    <message>
        <source>weapons</source>
        <translation>أسلحة</translation>
    </message>
    <message>
        <source>Arms found</source>
        <translation>الأسلحة المعثور عليها</translation>
    </message>
    <message>
        <source>Weapons found without a known holder, for example in caches or abandoned.</source>
        <translation>الأسلحة التي عُثر عليها دون حائز معروف، في مخابئ أو متروكةً مثلاً.</translation>
    </message>
    <message>
        <source>Arms surrendered</source>
        <translation>الأسلحة المسلَّمة</translation>
    </message>
    <message>
        <source>Weapons handed in voluntarily, for example in collection or amnesty programmes.</source>
        <translation>الأسلحة التي سُلِّمت طوعاً، في إطار برامج الجمع أو العفو مثلاً.</translation>
    </message>
    <message>
        <source>Of which illicit origin or context traced or established</source>
        <translation>منها: ما تُعُقِّب مصدره أو سياقه غير المشروع أو أُثبت</translation>
    </message>
    <message>
        <source>Of the weapons above, those whose illicit origin or context was traced or established by a competent authority.</source>
        <translation>ما تعقّبت سلطة مختصة مصدره أو سياقه غير المشروع أو أثبتته من الأسلحة المذكورة أعلاه.</translation>
    </message>
    <message>
        <source>Arms traced ({left}) cannot exceed the arms seized, found and surrendered ({right}).</source>
        <translation>لا يمكن أن يتجاوز عدد الأسلحة المتعقَّبة ({left}) عدد الأسلحة المضبوطة والمعثور عليها والمسلَّمة ({right}).</translation>
    </message>
    <message>
        <source>Tracing requests</source>
        <translation>طلبات التعقب</translation>
    </message>
    <message>
        <source>Requests to trace illicit small arms and light weapons under the International Tracing Instrument during the reporting period.</source>
        <translation>طلبات تعقب الأسلحة الصغيرة والأسلحة الخفيفة غير المشروعة بموجب الصك الدولي للتعقب خلال الفترة المشمولة بالتقرير.</translation>
    </message>
    <message>
        <source>The calendar year of the tracing requests counted below.</source>
        <translation>السنة التقويمية لطلبات التعقب المحسوبة أدناه.</translation>
    </message>
    <message>
        <source>Tracing requests sent to other States</source>
        <translation>طلبات التعقب المرسلة إلى دول أخرى</translation>
    </message>
    <message>
        <source>Requests your authorities sent to other States or through INTERPOL.</source>
        <translation>الطلبات التي أرسلتها سلطات دولتك إلى دول أخرى أو عن طريق الإنتربول.</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>طلبات</translation>
    </message>
    <message>
        <source>Tracing requests received from other States</source>
        <translation>طلبات التعقب الواردة من دول أخرى</translation>
    </message>
    <message>
        <source>Requests other States sent to your authorities.</source>
        <translation>الطلبات التي أرسلتها دول أخرى إلى سلطات دولتك.</translation>
    </message>
    <message>
        <source>Received requests answered</source>
        <translation>الطلبات الواردة التي رُدَّ عليها</translation>
    </message>
    <message>
        <source>Of the requests received, those your authorities answered.</source>
        <translation>ما ردّت عليه سلطات دولتك من الطلبات الواردة.</translation>
    </message>
    <message>
        <source>Requests answered ({left}) cannot exceed requests received ({right}).</source>
        <translation>لا يمكن أن يتجاوز عدد الطلبات التي رُدَّ عليها ({left}) عدد الطلبات الواردة ({right}).</translation>
    </message>
    <message>
        <source>Surplus and collected weapons destroyed</source>
        <translation>الأسلحة الفائضة والمجمَّعة المدمَّرة</translation>
    </message>
    <message>
        <source>Surplus, seized and collected small arms and light weapons destroyed during the reporting period: how many, in which year, how, and of what kinds.</source>
        <translation>الأسلحة الصغيرة والأسلحة الخفيفة الفائضة والمضبوطة والمجمَّعة التي دُمِّرت خلال الفترة المشمولة بالتقرير: عددها، وسنة تدميرها، وطريقته، وأنواعها.</translation>
    </message>
    <message>
        <source>What was diverted, and how</source>
        <translation>ما الذي سُرِّب وكيف</translation>
    </message>
    <message>
        <source>A short account: kinds of weapons, the point in the chain of custody where they were lost, and the measures taken.</source>
        <translation>عرض موجز: أنواع الأسلحة، والمرحلة من سلسلة الحيازة التي فُقدت فيها، والتدابير المتخذة.</translation>
    </message>
    <message>
        <source>Assistance received</source>
        <translation>المساعدة المتلقاة</translation>
    </message>
    <message>
        <source>International cooperation and assistance the State received during the reporting period, from States, regional or international organizations, or civil society.</source>
        <translation>التعاون والمساعدة الدوليان اللذان تلقتهما الدولة خلال الفترة المشمولة بالتقرير من دول أو منظمات إقليمية أو دولية أو من المجتمع المدني.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>Who provided the assistance: States, organizations, programmes.</source>
        <translation>الجهات التي قدمت المساعدة: دول أو منظمات أو برامج.</translation>
    </message>
    <message>
        <source>What the assistance supported</source>
        <translation>المجالات التي دعمتها المساعدة</translation>
    </message>
    <message>
        <source>For example marking machines, stockpile security, training of customs officers.</source>
        <translation>مثل آلات الوسم، وأمن المخزونات، وتدريب موظفي الجمارك.</translation>
    </message>
    <message>
        <source>Amount received in the period</source>
        <translation>المبلغ المتلقى خلال الفترة</translation>
    </message>
    <message>
        <source>The total value in United States dollars, if known.</source>
        <translation>القيمة الإجمالية بدولارات الولايات المتحدة، إن كانت معروفة.</translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation>دولار من دولارات الولايات المتحدة</translation>
    </message>
    <message>
        <source>National point of contact</source>
        <translation>جهة الاتصال الوطنية</translation>
    </message>
    <message>
        <source>The national point of contact that acts as liaison with other States on all matters relating to the implementation of the Programme of Action.</source>
        <translation>جهة الاتصال الوطنية التي تعمل كحلقة وصل مع الدول الأخرى في جميع المسائل المتعلقة بتنفيذ برنامج العمل.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Name of the person or office designated as national point of contact.</source>
        <translation>اسم الشخص أو المكتب المعيَّن جهةَ اتصال وطنية.</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Ministry or agency where the point of contact sits.</source>
        <translation>الوزارة أو الجهة التي تتبعها جهة الاتصال.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>An address that is read, preferably a functional mailbox.</source>
        <translation>عنوان يُطَّلع عليه بانتظام، ويُفضَّل أن يكون صندوق بريد وظيفياً.</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>In international format, for example +41 22 917 1234.</source>
        <translation>بالصيغة الدولية، مثلاً +41 22 917 1234.</translation>
    </message>
    <message>
        <source>ITI point of contact</source>
        <translation>جهة الاتصال المعنية بالصك الدولي للتعقب</translation>
    </message>
    <message>
        <source>The national point or points of contact the International Tracing Instrument (paragraph 25) asks each State to designate to exchange information and act as liaison on tracing; often the same office as the Programme of Action&apos;s.</source>
        <translation>جهة أو جهات الاتصال الوطنية التي يطلب الصك الدولي للتعقب (الفقرة 25) من كل دولة تعيينها لتبادل المعلومات والعمل كحلقة وصل في مسائل التعقب؛ وكثيراً ما تكون هي نفس المكتب المعني ببرنامج العمل.</translation>
    </message>
    <message>
        <source>Name of the person or office designated as ITI point of contact.</source>
        <translation>اسم الشخص أو المكتب المعيَّن جهةَ اتصال معنية بالصك الدولي للتعقب.</translation>
    </message>
    <message>
        <source>Ministry or agency where the ITI point of contact sits.</source>
        <translation>الوزارة أو الجهة التي تتبعها جهة الاتصال المعنية بالصك الدولي للتعقب.</translation>
    </message>
    <message>
        <source>National coordination body</source>
        <translation>هيئة التنسيق الوطنية</translation>
    </message>
    <message>
        <source>The national commission, coordination mechanism or similar body on small arms and light weapons, and the women and men who sit on it.</source>
        <translation>اللجنة الوطنية أو آلية التنسيق أو الهيئة المماثلة المعنية بالأسلحة الصغيرة والأسلحة الخفيفة، والنساء والرجال الأعضاء فيها.</translation>
    </message>
    <message>
        <source>A national coordination body exists</source>
        <translation>توجد هيئة تنسيق وطنية</translation>
    </message>
    <message>
        <source>Yes if a national commission or similar body coordinates implementation.</source>
        <translation>«نعم» إذا كانت لجنة وطنية أو هيئة مماثلة تنسّق التنفيذ.</translation>
    </message>
    <message>
        <source>Name of the body</source>
        <translation>اسم الهيئة</translation>
    </message>
    <message>
        <source>Its official name, for example National Commission on Small Arms and Light Weapons.</source>
        <translation>اسمها الرسمي، مثل اللجنة الوطنية المعنية بالأسلحة الصغيرة والأسلحة الخفيفة.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Postal address of its secretariat.</source>
        <translation>العنوان البريدي لأمانتها.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>A person, office, email or telephone through which the body is reached.</source>
        <translation>شخص أو مكتب أو بريد إلكتروني أو هاتف يمكن التواصل مع الهيئة من خلاله.</translation>
    </message>
    <message>
        <source>Members who are women</source>
        <translation>الأعضاء من النساء</translation>
    </message>
    <message>
        <source>Number of members of the body who are women.</source>
        <translation>عدد أعضاء الهيئة من النساء.</translation>
    </message>
    <message>
        <source>people</source>
        <translation>أشخاص</translation>
    </message>
    <message>
        <source>Members who are men</source>
        <translation>الأعضاء من الرجال</translation>
    </message>
    <message>
        <source>Number of members of the body who are men.</source>
        <translation>عدد أعضاء الهيئة من الرجال.</translation>
    </message>
    <message>
        <source>National action plan</source>
        <translation>خطة العمل الوطنية</translation>
    </message>
    <message>
        <source>The body&apos;s name, address, contact and members are given only when a coordination body exists: answer Yes to the first question or clear them.</source>
        <translation>لا يُذكر اسم الهيئة وعنوانها وجهة الاتصال بها وأعضاؤها إلا إذا وُجدت هيئة تنسيق: أجب بـ«نعم» عن السؤال الأول أو امسح هذه البيانات.</translation>
    </message>
    <message>
        <source>A national action plan or other national policy instrument on small arms and light weapons.</source>
        <translation>خطة عمل وطنية أو صك آخر من صكوك السياسات الوطنية بشأن الأسلحة الصغيرة والأسلحة الخفيفة.</translation>
    </message>
    <message>
        <source>A national action plan exists</source>
        <translation>توجد خطة عمل وطنية</translation>
    </message>
    <message>
        <source>Yes if a national action plan or other national policy instrument has been adopted.</source>
        <translation>«نعم» إذا اعتُمدت خطة عمل وطنية أو صك آخر من صكوك السياسات الوطنية.</translation>
    </message>
    <message>
        <source>Year adopted</source>
        <translation>سنة الاعتماد</translation>
    </message>
    <message>
        <source>The year the current plan was adopted.</source>
        <translation>السنة التي اعتُمدت فيها الخطة الحالية.</translation>
    </message>
    <message>
        <source>Period covered: from</source>
        <translation>الفترة المشمولة: من</translation>
    </message>
    <message>
        <source>First year the plan covers.</source>
        <translation>السنة الأولى التي تشملها الخطة.</translation>
    </message>
    <message>
        <source>Period covered: to</source>
        <translation>الفترة المشمولة: إلى</translation>
    </message>
    <message>
        <source>Last year the plan covers.</source>
        <translation>السنة الأخيرة التي تشملها الخطة.</translation>
    </message>
    <message>
        <source>A year or period is given only when a plan exists: answer Yes to the first question or clear the years.</source>
        <translation>لا تُذكر سنة أو فترة إلا إذا وُجدت خطة: أجب بـ«نعم» عن السؤال الأول أو امسح السنوات.</translation>
    </message>
    <message>
        <source>The period cannot end ({right}) before it starts ({left}).</source>
        <translation>لا يمكن أن تنتهي الفترة ({right}) قبل أن تبدأ ({left}).</translation>
    </message>
    <message>
        <source>Surplus weapons destroyed in the period</source>
        <translation>الأسلحة الفائضة المدمَّرة خلال الفترة</translation>
    </message>
    <message>
        <source>Weapons declared surplus and destroyed during the reporting period.</source>
        <translation>الأسلحة التي أُعلن أنها فائضة ودُمِّرت خلال الفترة المشمولة بالتقرير.</translation>
    </message>
    <message>
        <source>Seized or collected weapons destroyed in the period</source>
        <translation>الأسلحة المضبوطة أو المجمَّعة المدمَّرة خلال الفترة</translation>
    </message>
    <message>
        <source>Weapons seized, found or collected (for example in a collection programme) and destroyed during the reporting period.</source>
        <translation>الأسلحة المضبوطة أو المعثور عليها أو المجمَّعة (في إطار برنامج للجمع مثلاً) التي دُمِّرت خلال الفترة المشمولة بالتقرير.</translation>
    </message>
    <message>
        <source>Year of the latest destruction</source>
        <translation>سنة آخر عملية تدمير</translation>
    </message>
    <message>
        <source>The year of the most recent destruction counted above.</source>
        <translation>سنة أحدث عملية تدمير من العمليات المحسوبة أعلاه.</translation>
    </message>
    <message>
        <source>Destruction method</source>
        <translation>طريقة التدمير</translation>
    </message>
    <message>
        <source>For example cutting, crushing, melting or burning, and who witnessed it.</source>
        <translation>مثل القطع أو السحق أو الصهر أو الحرق، ومن شهد عملية التدمير.</translation>
    </message>
    <message>
        <source>Categories destroyed</source>
        <translation>الفئات المدمَّرة</translation>
    </message>
    <message>
        <source>For example pistols, rifles, light machine guns, ammunition.</source>
        <translation>مثل المسدسات والبنادق والرشاشات الخفيفة والذخيرة.</translation>
    </message>
    <message>
        <source>Diversion incidents</source>
        <translation>حوادث التسريب</translation>
    </message>
    <message>
        <source>Incidents of diversion of small arms and light weapons recorded by national authorities during the reporting period.</source>
        <translation>حوادث تسريب الأسلحة الصغيرة والأسلحة الخفيفة التي سجّلتها السلطات الوطنية خلال الفترة المشمولة بالتقرير.</translation>
    </message>
    <message>
        <source>Diversion incidents recorded in the period</source>
        <translation>حوادث التسريب المسجَّلة خلال الفترة</translation>
    </message>
    <message>
        <source>Cases in which weapons left the legal chain of custody (loss, theft, unauthorized transfer) and were recorded by a national authority.</source>
        <translation>الحالات التي خرجت فيها أسلحة من سلسلة الحيازة القانونية (الفقدان أو السرقة أو النقل غير المأذون به) وسجّلتها سلطة وطنية.</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>حوادث</translation>
    </message>
    <message>
        <source>All measures</source>
        <translation>جميع التدابير</translation>
    </message>
</context>
<context>
    <name>UnsavedWork</name>
    <message>
        <source>%1: everything else you typed is saved, but %2 could not be saved yet:
%3

What you typed is kept as a draft and shown again, marked, when you come back to %1.</source>
        <translation>%1: حُفظ كل ما كتبته، لكن تعذر حتى الآن حفظ %2:
%3

يُحتفظ بما كتبته كمسودة، ويُعرض مجدداً مع تمييزه عند عودتك إلى %1.</translation>
    </message>
    <message>
        <source>• a value that is not a number</source>
        <translation>• قيمة ليست رقماً</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… و%1 غيرها</translation>
    </message>
    <message>
        <source>Some values could not be saved yet and are kept as drafts:

%1

They are shown again, marked, when you open these measures. Close now?</source>
        <translation>تعذر حتى الآن حفظ بعض القيم، ويُحتفظ بها كمسودات:

%1

وستُعرض مجدداً مع تمييزها عند فتح هذه التدابير. هل تريد الإغلاق الآن؟</translation>
    </message>
    <message>
        <source>The saved version is shown.</source>
        <translation>تُعرض النسخة المحفوظة.</translation>
    </message>
    <message>
        <source>Your version is kept as a draft; open the measure to choose.</source>
        <translation>يُحتفظ بنسختك كمسودة؛ افتح التدبير لتختار.</translation>
    </message>
    <message>
        <source>Kept as a draft</source>
        <translation>محفوظ كمسودة</translation>
    </message>
    <message>
        <source>Values kept as drafts</source>
        <translation>قيم محفوظة كمسودات</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a report package</source>
        <translation>التحقق من حزمة تقديم التقرير</translation>
    </message>
    <message>
        <source>%1 is intact: its %2 files are exactly as they were written.</source>
        <translation>الحزمة %1 سليمة: ملفاتها الـ %2 مطابقة تماماً لما كانت عليه عند كتابتها.</translation>
    </message>
    <message>
        <source>%1 is NOT intact. The first difference: %2</source>
        <translation>الحزمة %1 غير سليمة. أول اختلاف: %2</translation>
    </message>
    <message>
        <source>Report packages (*.zip)</source>
        <translation>حزم تقديم التقارير (*.zip)</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>New assessment</source>
        <translation>تقييم جديد</translation>
    </message>
    <message>
        <source>C&amp;reate assessment</source>
        <translation>إنشاء التقييم(&amp;R)</translation>
    </message>
    <message>
        <source>State profile</source>
        <translation>ملف الدولة</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>حفظ(&amp;V)</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>جهة التنسيق</translation>
    </message>
    <message>
        <source>Type to search, e.g. Kenya</source>
        <translation>اكتب للبحث، مثلاً: كينيا</translation>
    </message>
    <message>
        <source>Filled in from the list of UN Member and observer States.</source>
        <translation>مأخوذ من قائمة الدول الأعضاء والدول المراقبة في الأمم المتحدة.</translation>
    </message>
    <message>
        <source>For a State not on the list, type its three-letter code, e.g. KEN for Kenya.</source>
        <translation>إذا لم تكن الدولة مدرجة في القائمة، فاكتب رمزها المكوَّن من ثلاثة أحرف، مثلاً KEN لكينيا.</translation>
    </message>
    <message>
        <source>No agencies yet. Choose Add agency for each one that contributes, such as the police, customs, defence, justice, the arms licensing authority, the national statistics office and women&apos;s affairs.</source>
        <translation>لا توجد جهات بعد. اختر «إضافة جهة» لكل جهة مساهمة، مثل الشرطة والجمارك والدفاع والعدل والسلطة المختصة بترخيص الأسلحة والمكتب الوطني للإحصاء والجهة المعنية بشؤون المرأة.</translation>
    </message>
    <message>
        <source>Start the assessment of %1 for another reporting cycle.</source>
        <translation>بدء تقييم %1 لدورة إبلاغ أخرى.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>الخطوة %1 من %2</translation>
    </message>
    <message>
        <source>Welcome to poa-desktop</source>
        <translation>مرحباً بك في poa-desktop</translation>
    </message>
    <message>
        <source>poa-desktop helps you assess how far your State has implemented its commitments under the UN Programme of Action on small arms and light weapons and the International Tracing Instrument, and prepare the national report; everything stays on this computer. To begin, say which State you report for, who the national focal point is and which agencies contribute, then name the reporting cycle.</source>
        <translation>يساعدك poa-desktop على تقييم مدى تنفيذ دولتك لالتزاماتها بموجب برنامج عمل الأمم المتحدة المتعلق بالأسلحة الصغيرة والأسلحة الخفيفة والصك الدولي للتعقب، وعلى إعداد التقرير الوطني؛ ويبقى كل شيء على هذا الحاسوب. للبدء، حدِّد الدولة التي تقدم التقرير باسمها، وجهة التنسيق الوطنية، والجهات المساهمة، ثم سمِّ دورة الإبلاغ.</translation>
    </message>
    <message>
        <source>Your State</source>
        <translation>دولتك</translation>
    </message>
    <message>
        <source>This database holds the assessments of one State. Type part of its name and choose it from the list.</source>
        <translation>تتضمن قاعدة البيانات هذه تقييمات دولة واحدة. اكتب جزءاً من اسمها واخترها من القائمة.</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>الدولة(&amp;S):</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>&amp;ISO 3166 code:</source>
        <translation>رمز ISO 3166(&amp;I):</translation>
    </message>
    <message>
        <source>ISO 3166 alpha-3 code</source>
        <translation>رمز ISO 3166 المكوَّن من ثلاثة أحرف</translation>
    </message>
    <message>
        <source>National focal point</source>
        <translation>جهة التنسيق الوطنية</translation>
    </message>
    <message>
        <source>The national point of contact named on the report&apos;s cover and in its contacts annex.</source>
        <translation>جهة الاتصال الوطنية المذكورة على غلاف التقرير وفي مرفق جهات الاتصال.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>الاسم(&amp;M):</translation>
    </message>
    <message>
        <source>Focal point name</source>
        <translation>اسم جهة التنسيق</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>المنصب(&amp;T):</translation>
    </message>
    <message>
        <source>Focal point title</source>
        <translation>منصب جهة التنسيق</translation>
    </message>
    <message>
        <source>e.g. Director, Arms Control Division</source>
        <translation>مثلاً: مدير شعبة تحديد الأسلحة</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>البريد الإلكتروني(&amp;E):</translation>
    </message>
    <message>
        <source>Focal point email</source>
        <translation>البريد الإلكتروني لجهة التنسيق</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>الهاتف(&amp;P):</translation>
    </message>
    <message>
        <source>Focal point phone</source>
        <translation>هاتف جهة التنسيق</translation>
    </message>
    <message>
        <source>Contributing agencies</source>
        <translation>الجهات المساهمة</translation>
    </message>
    <message>
        <source>The national &amp;agencies that contribute answers; you can change this list later:</source>
        <translation>الجهات الوطنية التي تساهم بالإجابات؛ يمكنك تغيير هذه القائمة لاحقاً(&amp;A):</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>الجهات</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>الاسم المختصر</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>مسؤول الاتصال</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>A&amp;dd agency</source>
        <translation>إضافة جهة(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove agency</source>
        <translation>حذف الجهة(&amp;R)</translation>
    </message>
    <message>
        <source>First assessment</source>
        <translation>التقييم الأول</translation>
    </message>
    <message>
        <source>An assessment covers one reporting cycle, such as a Biennial Meeting of States or a Review Conference.</source>
        <translation>يغطي التقييم دورة إبلاغ واحدة، مثل اجتماع الدول الذي يعقد كل سنتين أو المؤتمر الاستعراضي.</translation>
    </message>
    <message>
        <source>Reporting &amp;cycle:</source>
        <translation>دورة الإبلاغ(&amp;C):</translation>
    </message>
    <message>
        <source>Reporting cycle</source>
        <translation>دورة الإبلاغ</translation>
    </message>
    <message>
        <source>e.g. BMS10 2028</source>
        <translation>مثلاً: BMS10 2028</translation>
    </message>
    <message>
        <source>Start b&amp;lank: every commitment not yet assessed</source>
        <translation>البدء من الصفر: لم يُقيَّم أي التزام بعد(&amp;L)</translation>
    </message>
    <message>
        <source>Carr&amp;y forward answers from:</source>
        <translation>ترحيل الإجابات من(&amp;Y):</translation>
    </message>
    <message>
        <source>Cycle to carry forward from</source>
        <translation>الدورة التي تُرحَّل منها الإجابات</translation>
    </message>
    <message>
        <source>Answers, laws, agencies, evidence and report figures are copied and marked as carried forward, so you only update what changed.</source>
        <translation>تُنسخ الإجابات والقوانين والجهات والأدلة وأرقام التقرير، وتُعلَّم بأنها مُرحَّلة، فلا تحدِّث إلا ما تغيّر.</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; رجوع(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>التالي(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>إنهاء(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Open a poa-desktop database</source>
        <translation>فتح قاعدة بيانات poa-desktop</translation>
    </message>
    <message>
        <source>poa-desktop databases (*.sqlite *.db);;All files (*)</source>
        <translation>قواعد بيانات poa-desktop (*.sqlite *.db);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>يتعذر فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>If this is your poa-desktop database and it is damaged: copies taken by poa-desktop, if any, are in %1. Close poa-desktop, keep the damaged file elsewhere, and copy the most recent one to %2.</source>
        <translation>إذا كانت هذه قاعدة بيانات poa-desktop الخاصة بك وكانت تالفة: فالنسخ التي أنشأها poa-desktop، إن وُجدت، موجودة في %1. أغلق poa-desktop، واحفظ الملف التالف في مكان آخر، وانسخ أحدث نسخة إلى %2.</translation>
    </message>
    <message>
        <source>Answers that could not be saved are kept in %1; they are offered back once the database opens.</source>
        <translation>الإجابات التي تعذر حفظها محتفَظ بها في %1؛ وستُعرض عليك مجدداً بمجرد فتح قاعدة البيانات.</translation>
    </message>
    <message>
        <source>The backup is in place. The damaged file is kept as %1.</source>
        <translation>وُضعت النسخة الاحتياطية في مكانها. ويُحتفظ بالملف التالف باسم %1.</translation>
    </message>
    <message>
        <source>%1

Restore the most recent backup, taken %2 (%3 measures answered)? The damaged file is kept beside it under another name, not deleted.</source>
        <translation>%1

هل تريد استعادة أحدث نسخة احتياطية، المنشأة في %2 (التدابير المُجاب عنها: %3)؟ يُحتفظ بالملف التالف بجانبها باسم آخر، ولا يُحذف.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>قاعدة البيانات تالفة</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Nothing matches the search.</source>
        <translation>لا شيء يطابق البحث.</translation>
    </message>
</context>
</TS>
