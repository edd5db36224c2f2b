<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>version %1: %2 paragraphs, %3 measures</source>
        <translation>versión %1: %2 párrafos, %3 medidas</translation>
    </message>
    <message>
        <source>Read the %1 text</source>
        <translation>Leer el texto de %1</translation>
    </message>
    <message>
        <source>About poa-desktop</source>
        <translation>Acerca de poa-desktop</translation>
    </message>
    <message>
        <source>Self-assessment and voluntary national reporting on the Programme of Action on small arms and light weapons and the International Tracing Instrument. It works offline: it never connects to a network, checks for updates or sends anything anywhere.</source>
        <translation>Autoevaluación y presentación voluntaria de informes nacionales sobre el Programa de Acción sobre armas pequeñas y armas ligeras y el Instrumento Internacional de Localización. Funciona sin conexión: nunca se conecta a una red, no busca actualizaciones ni envía nada a ningún lugar.</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>Esta instalación</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Commitment catalog:</source>
        <translation>Catálogo de compromisos:</translation>
    </message>
    <message>
        <source>Source documents:</source>
        <translation>Documentos de origen:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Copias de seguridad:</translation>
    </message>
    <message>
        <source>Running on:</source>
        <translation>Se ejecuta en:</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>Bundled software and fonts</source>
        <translation>Software y fuentes incluidos</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Se usa para</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texto de la licencia</translation>
    </message>
</context>
<context>
    <name>AgenciesDialog</name>
    <message>
        <source>Agencies of the %1 assessment</source>
        <translation>Organismos de la evaluación %1</translation>
    </message>
    <message>
        <source>Carried forward, still to confirm: %1</source>
        <translation>Trasladadas, pendientes de confirmar: %1</translation>
    </message>
    <message>
        <source>Choose an agency.</source>
        <translation>Elija un organismo.</translation>
    </message>
    <message>
        <source>No change: no measure of %2 was assigned to %1.</source>
        <translation>Sin cambios: ninguna medida de %2 estaba asignada a %1.</translation>
    </message>
    <message>
        <source>No change: every measure of %2 is already assigned to %1.</source>
        <translation>Sin cambios: todas las medidas de %2 ya están asignadas a %1.</translation>
    </message>
    <message>
        <source>1 measure unassigned from %2</source>
        <translation>1 medida ya no está asignada a %2</translation>
    </message>
    <message>
        <source>1 measure assigned to %2</source>
        <translation>1 medida asignada a %2</translation>
    </message>
    <message>
        <source>%1 measures unassigned from %2</source>
        <translation>%1 medidas ya no están asignadas a %2</translation>
    </message>
    <message>
        <source>%1 measures assigned to %2</source>
        <translation>%1 medidas asignadas a %2</translation>
    </message>
    <message>
        <source>1 answer confirmed unchanged.</source>
        <translation>1 respuesta confirmada sin cambios.</translation>
    </message>
    <message>
        <source>%1 answers confirmed unchanged.</source>
        <translation>%1 respuestas confirmadas sin cambios.</translation>
    </message>
    <message>
        <source>Confirm %1 carried-forward answer(s) as reviewed and unchanged? Each answer&apos;s history records the confirmation.</source>
        <translation>¿Confirmar %1 respuesta(s) trasladada(s) como revisada(s) y sin cambios? El historial de cada respuesta registrará la confirmación.</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Organismos</translation>
    </message>
    <message>
        <source>&amp;Measures assigned to each agency, and how many of them are answered:</source>
        <translation>&amp;Medidas asignadas a cada organismo y cuántas de ellas tienen respuesta:</translation>
    </message>
    <message>
        <source>Progress per agency</source>
        <translation>Progreso por organismo</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Asignadas</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondidas</translation>
    </message>
    <message>
        <source>Answered (%)</source>
        <translation>Respondidas (%)</translation>
    </message>
    <message>
        <source>ℹ The State profile has no agencies yet: add the contributing agencies to the profile first.</source>
        <translation>ℹ El perfil del Estado aún no tiene organismos: añada primero al perfil los organismos que contribuyen.</translation>
    </message>
    <message>
        <source>Assign measures in bulk</source>
        <translation>Asignar medidas en bloque</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>Or&amp;ganismo:</translation>
    </message>
    <message>
        <source>By &amp;theme:</source>
        <translation>Por &amp;tema:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>By &amp;section:</source>
        <translation>Por &amp;sección:</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Asignar</translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation>&amp;Quitar asignación</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>Respuestas trasladadas</translation>
    </message>
    <message>
        <source>&amp;Confirm all as unchanged</source>
        <translation>&amp;Confirmar todas sin cambios</translation>
    </message>
</context>
<context>
    <name>AgencyReturnDialog</name>
    <message>
        <source>Workbook returned by an agency</source>
        <translation>Libro de Excel devuelto por un organismo</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Libros de Excel (*.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the workbook first.</source>
        <translation>Elija primero el libro de Excel.</translation>
    </message>
    <message>
        <source>Returned by &lt;b&gt;%1&lt;/b&gt;, prepared on %2.</source>
        <translation>Devuelto por &lt;b&gt;%1&lt;/b&gt;, preparado el %2.</translation>
    </message>
    <message>
        <source>Answers to update: %1 · changed on both sides: %2 · left as changed here (the agency kept them as sent): %3 · rows that cannot be read: %4</source>
        <translation>Respuestas por actualizar: %1 · modificadas en ambos lados: %2 · se dejan como se modificaron aquí (el organismo las mantuvo como se enviaron): %3 · filas que no se pueden leer: %4</translation>
    </message>
    <message>
        <source>These answers were changed here after the workbook was prepared, and the agency changed them too. Choose which version to keep for each one:</source>
        <translation>Estas respuestas se modificaron aquí después de preparar el libro de Excel, y el organismo también las modificó. Elija qué versión conservar en cada caso:</translation>
    </message>
    <message>
        <source>Nothing to import: no answer differs.</source>
        <translation>Nada que importar: ninguna respuesta es diferente.</translation>
    </message>
    <message>
        <source>Choose a version for each answer changed on both sides (%1 left).</source>
        <translation>Elija una versión para cada respuesta modificada en ambos lados (quedan %1).</translation>
    </message>
    <message>
        <source>Take back an agency&apos;s workbook</source>
        <translation>Incorporar el libro de Excel de un organismo</translation>
    </message>
    <message>
        <source>Choose the workbook an agency sent back. Its answers are shown first; nothing is written until you import.</source>
        <translation>Elija el libro de Excel que devolvió un organismo. Primero se muestran sus respuestas; no se escribe nada hasta que usted importe.</translation>
    </message>
    <message>
        <source>&amp;Workbook:</source>
        <translation>&amp;Libro de Excel:</translation>
    </message>
    <message>
        <source>Returned workbook</source>
        <translation>Libro de Excel devuelto</translation>
    </message>
    <message>
        <source>path of the .xlsx file the agency returned</source>
        <translation>ruta del archivo .xlsx que devolvió el organismo</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Read it</source>
        <translation>Lee&amp;r</translation>
    </message>
    <message>
        <source>&amp;Updates the agency sends (before → after):</source>
        <translation>Act&amp;ualizaciones que envía el organismo (antes → después):</translation>
    </message>
    <message>
        <source>Updates the agency sends</source>
        <translation>Actualizaciones que envía el organismo</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Rows that cannot be read:</source>
        <translation>Filas que no se pueden leer:</translation>
    </message>
    <message>
        <source>Rows that cannot be read</source>
        <translation>Filas que no se pueden leer</translation>
    </message>
    <message>
        <source>&amp;Skip the rows that cannot be read and import the others</source>
        <translation>&amp;Omitir las filas que no se pueden leer e importar las demás</translation>
    </message>
    <message>
        <source>Answers changed on both sides</source>
        <translation>Respuestas modificadas en ambos lados</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>AgencyWorkbookDialog</name>
    <message>
        <source>The State profile lists no agency: add agencies first.</source>
        <translation>El perfil del Estado no incluye ningún organismo: añada primero los organismos.</translation>
    </message>
    <message>
        <source>Measures assigned to this agency: %1.</source>
        <translation>Medidas asignadas a este organismo: %1.</translation>
    </message>
    <message>
        <source>No measure is assigned to this agency yet: assign measures to it first.</source>
        <translation>Aún no hay ninguna medida asignada a este organismo: asígnele medidas primero.</translation>
    </message>
    <message>
        <source>Folder for the workbook</source>
        <translation>Carpeta para el libro de Excel</translation>
    </message>
    <message>
        <source>Choose an agency.</source>
        <translation>Elija un organismo.</translation>
    </message>
    <message>
        <source>Give the file a name.</source>
        <translation>Indique un nombre para el archivo.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>✓ Written for %2 (measures: %1):
%3
Send it to the agency.</source>
        <translation>✓ Preparado para %2 (medidas: %1):
%3
Envíelo al organismo.</translation>
    </message>
    <message>
        <source>Replace %1?</source>
        <translation>¿Reemplazar %1?</translation>
    </message>
    <message>
        <source>Prepare a workbook for an agency</source>
        <translation>Preparar un libro de Excel para un organismo</translation>
    </message>
    <message>
        <source>Write an Excel workbook holding only the measures assigned to one agency. Send it to the agency; when it comes back, take its answers in with File → Take back an agency&apos;s workbook.</source>
        <translation>Cree un libro de Excel que contenga solo las medidas asignadas a un organismo. Envíelo al organismo; cuando se lo devuelvan, incorpore sus respuestas con Archivo → Incorporar libro de Excel de un organismo.</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Organismo:</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nombre del archivo:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <source>&amp;Prepare</source>
        <translation>&amp;Preparar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>AggregateDialog</name>
    <message>
        <source>National workbooks to read</source>
        <translation>Libros de Excel nacionales que se leerán</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
        <translation>Libros de Excel (*.xlsx *.xlsm);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>A folder of national workbooks</source>
        <translation>Una carpeta de libros de Excel nacionales</translation>
    </message>
    <message>
        <source>Analysis workbook</source>
        <translation>Libro de Excel del análisis</translation>
    </message>
    <message>
        <source>Analysis PDF</source>
        <translation>PDF del análisis</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Add the national workbooks to read: files, a folder, or both.</source>
        <translation>Añada los libros de Excel nacionales que se leerán: archivos, una carpeta o ambos.</translation>
    </message>
    <message>
        <source>Give a file for the analysis workbook, the PDF, or both.</source>
        <translation>Indique un archivo para el libro de Excel del análisis, para el PDF o para ambos.</translation>
    </message>
    <message>
        <source>%1 is a folder: give a file name.</source>
        <translation>%1 es una carpeta: indique un nombre de archivo.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is one of the workbooks to read: choose another file to write.</source>
        <translation>%1 es uno de los libros de Excel que se leerán: elija otro archivo en el que escribir.</translation>
    </message>
    <message>
        <source>Looking for the workbooks…</source>
        <translation>Buscando los libros de Excel…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Reading the workbooks: %1 of %2</source>
        <translation>Leyendo los libros de Excel: %1 de %2</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation>Terminado en %1 s.</translation>
    </message>
    <message>
        <source>Stopped: nothing was written.</source>
        <translation>Detenido: no se escribió nada.</translation>
    </message>
    <message>
        <source>Workbooks read: %1. National reports counted: %2, of %3 States.</source>
        <translation>Libros de Excel leídos: %1. Informes nacionales contabilizados: %2 (Estados: %3).</translation>
    </message>
    <message>
        <source>Cycles: %1</source>
        <translation>Ciclos: %1</translation>
    </message>
    <message>
        <source>Read and counted in %1 s, by %2 process(es).</source>
        <translation>Leídos y contabilizados en %1 s, con %2 proceso(s).</translation>
    </message>
    <message>
        <source>Peak memory: %1</source>
        <translation>Memoria máxima: %1</translation>
    </message>
    <message>
        <source>Not used (%1):</source>
        <translation>No utilizados (%1):</translation>
    </message>
    <message>
        <source>Not counted, the same State and cycle again (%1):</source>
        <translation>No contabilizados, mismo Estado y mismo ciclo que otro archivo (%1):</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>Archivos escritos:</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>No se escribió nada.</translation>
    </message>
    <message>
        <source>%1 MiB (this window)</source>
        <translation>%1 MiB (esta ventana)</translation>
    </message>
    <message>
        <source>%1 MiB (largest reading process)</source>
        <translation>%1 MiB (el mayor proceso de lectura)</translation>
    </message>
    <message>
        <source>Replace these files?
%1</source>
        <translation>¿Reemplazar estos archivos?
%1</translation>
    </message>
    <message>
        <source>The analysis stopped on an unexpected error (%1). Nothing was written; the details are in %2.</source>
        <translation>El análisis se detuvo por un error inesperado (%1). No se escribió nada; los detalles figuran en %2.</translation>
    </message>
    <message>
        <source>Analyse national reports</source>
        <translation>Analizar los informes nacionales</translation>
    </message>
    <message>
        <source>Read the national workbooks States exported from this application and write what they say together: implementation by measure, State, theme and UN regional group, and assistance needed against assistance offered. A workbook changed after export is named, not counted. The assessment open in the window is not used.</source>
        <translation>Lea los libros de Excel nacionales que los Estados exportaron desde esta aplicación y genere una síntesis de su contenido: aplicación por medida, Estado, tema y grupo regional de las Naciones Unidas, y asistencia necesaria frente a asistencia ofrecida. Un libro de Excel modificado después de la exportación se señala, pero no se contabiliza. La evaluación abierta en la ventana no se utiliza.</translation>
    </message>
    <message>
        <source>Workbooks and folders to read</source>
        <translation>Libros de Excel y carpetas que se leerán</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Añadir a&amp;rchivos…</translation>
    </message>
    <message>
        <source>Choose one or more national workbooks (.xlsx)</source>
        <translation>Elegir uno o varios libros de Excel nacionales (.xlsx)</translation>
    </message>
    <message>
        <source>Add a fol&amp;der…</source>
        <translation>Añadir una &amp;carpeta…</translation>
    </message>
    <message>
        <source>Every workbook (.xlsx) in the folder and its subfolders is read</source>
        <translation>Se leen todos los libros de Excel (.xlsx) de la carpeta y de sus subcarpetas</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Take the selected entries off the list (the files are not touched)</source>
        <translation>Quitar de la lista los elementos seleccionados (los archivos no se modifican)</translation>
    </message>
    <message>
        <source>The analysis</source>
        <translation>El análisis</translation>
    </message>
    <message>
        <source>&amp;Workbook (.xlsx):</source>
        <translation>&amp;Libro de Excel (.xlsx):</translation>
    </message>
    <message>
        <source>Analysis workbook to write</source>
        <translation>Libro de Excel del análisis que se escribirá</translation>
    </message>
    <message>
        <source>Leave empty not to write the workbook</source>
        <translation>Déjelo en blanco para no escribir el libro de Excel</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Browse for the analysis workbook</source>
        <translation>Buscar el libro de Excel del análisis</translation>
    </message>
    <message>
        <source>&amp;PDF:</source>
        <translation>&amp;PDF:</translation>
    </message>
    <message>
        <source>Analysis PDF to write</source>
        <translation>PDF del análisis que se escribirá</translation>
    </message>
    <message>
        <source>Leave empty not to write the PDF</source>
        <translation>Déjelo en blanco para no escribir el PDF</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Browse for the analysis PDF</source>
        <translation>Buscar el PDF del análisis</translation>
    </message>
    <message>
        <source>Report lan&amp;guage:</source>
        <translation>&amp;Idioma del informe:</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <source>The language of the analysis workbook and PDF, whatever the language of the window or of the national workbooks</source>
        <translation>El idioma del libro de Excel y del PDF del análisis, sea cual sea el idioma de la ventana o de los libros de Excel nacionales</translation>
    </message>
    <message>
        <source>Progress of the analysis</source>
        <translation>Progreso del análisis</translation>
    </message>
    <message>
        <source>Summary of the analysis</source>
        <translation>Resumen del análisis</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>&amp;Analizar</translation>
    </message>
    <message>
        <source>Read the workbooks and write the analysis</source>
        <translation>Leer los libros de Excel y escribir el análisis</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>Stop the analysis: nothing is written</source>
        <translation>Detener el análisis: no se escribe nada</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>A&amp;brir la carpeta</translation>
    </message>
    <message>
        <source>Open the folder the analysis was written to</source>
        <translation>Abrir la carpeta en la que se escribió el análisis</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>AnswerForm</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>In UNODA&apos;s reporting template: %1</source>
        <translation>En la plantilla de presentación de informes de la Oficina de Asuntos de Desarme: %1</translation>
    </message>
    <message>
        <source>Assistance kind: %1</source>
        <translation>Tipo de asistencia: %1</translation>
    </message>
    <message>
        <source>%1 (not in the State profile)</source>
        <translation>%1 (no figura en el perfil del Estado)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Implemented</source>
        <translation>Aplica&amp;do</translation>
    </message>
    <message>
        <source>De&amp;veloping</source>
        <translation>En &amp;curso</translation>
    </message>
    <message>
        <source>Not i&amp;mplemented</source>
        <translation>No ap&amp;licado</translation>
    </message>
    <message>
        <source>Not applica&amp;ble</source>
        <translation>N&amp;o se aplica</translation>
    </message>
    <message>
        <source>Not &amp;yet assessed</source>
        <translation>Aún no e&amp;valuado</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Measures ta&amp;ken</source>
        <translation>&amp;Medidas adoptadas</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Medidas adoptadas</translation>
    </message>
    <message>
        <source>What has your State done to implement this commitment?</source>
        <translation>¿Qué ha hecho su Estado para aplicar este compromiso?</translation>
    </message>
    <message>
        <source>&amp;Laws and regulations</source>
        <translation>Leyes y re&amp;glamentos</translation>
    </message>
    <message>
        <source>Laws and regulations</source>
        <translation>Leyes y reglamentos</translation>
    </message>
    <message>
        <source>One row per law or regulation; Delete removes the selected rows</source>
        <translation>Una fila por ley o reglamento; la tecla Supr elimina las filas seleccionadas</translation>
    </message>
    <message>
        <source>Add la&amp;w</source>
        <translation>Añadir le&amp;y</translation>
    </message>
    <message>
        <source>Add a row for a law or regulation</source>
        <translation>Añadir una fila para una ley o un reglamento</translation>
    </message>
    <message>
        <source>Remove law</source>
        <translation>Quitar ley</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>Quitar las filas seleccionadas (Supr)</translation>
    </message>
    <message>
        <source>Re&amp;sponsible agencies</source>
        <translation>Organismos responsa&amp;bles</translation>
    </message>
    <message>
        <source>Responsible agencies</source>
        <translation>Organismos responsables</translation>
    </message>
    <message>
        <source>Add agencies in the State profile to choose the ones responsible.</source>
        <translation>Añada organismos en el perfil del Estado para elegir los responsables.</translation>
    </message>
    <message>
        <source>&amp;Challenges</source>
        <translation>Dificul&amp;tades</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Dificultades</translation>
    </message>
    <message>
        <source>What stands in the way?</source>
        <translation>¿Qué obstáculos encuentra?</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Assistanc&amp;e needed</source>
        <translation>A&amp;sistencia necesaria</translation>
    </message>
    <message>
        <source>Assistance needed</source>
        <translation>Asistencia necesaria</translation>
    </message>
    <message>
        <source>Kinds of assistance</source>
        <translation>Tipos de asistencia</translation>
    </message>
    <message>
        <source>Desc&amp;ription of the assistance needed</source>
        <translation>Descri&amp;pción de la asistencia necesaria</translation>
    </message>
    <message>
        <source>Description of the assistance needed</source>
        <translation>Descripción de la asistencia necesaria</translation>
    </message>
    <message>
        <source>What is needed, for what, and at what estimated cost?</source>
        <translation>¿Qué se necesita, para qué y con qué costo estimado?</translation>
    </message>
    <message>
        <source>Assistance &amp;offered</source>
        <translation>Asistencia o&amp;frecida</translation>
    </message>
    <message>
        <source>Assistance offered</source>
        <translation>Asistencia ofrecida</translation>
    </message>
    <message>
        <source>Assistance your State can offer others on this commitment</source>
        <translation>Asistencia que su Estado puede ofrecer a otros en relación con este compromiso</translation>
    </message>
    <message>
        <source>National target</source>
        <translation>Meta nacional</translation>
    </message>
    <message>
        <source>National &amp;target</source>
        <translation>Meta &amp;nacional</translation>
    </message>
    <message>
        <source>The result your State aims for on this commitment</source>
        <translation>El resultado que su Estado se propone alcanzar en relación con este compromiso</translation>
    </message>
    <message>
        <source>Set a target &amp;date</source>
        <translation>Fi&amp;jar una fecha prevista</translation>
    </message>
    <message>
        <source>Set a target date</source>
        <translation>Fijar una fecha prevista</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <source>Report fields</source>
        <translation>Campos del informe</translation>
    </message>
    <message>
        <source>Figures the national report asks for. They belong to the whole assessment: every commitment that shows them shares the same values.</source>
        <translation>Cifras que solicita el informe nacional. Corresponden a toda la evaluación: todos los compromisos que las muestran comparten los mismos valores.</translation>
    </message>
</context>
<context>
    <name>AssessmentActions</name>
    <message>
        <source>What changed</source>
        <translation>Qué ha cambiado</translation>
    </message>
</context>
<context>
    <name>AutosaveController</name>
    <message>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Saved at %1, except the fields marked ⚠ (kept as a draft)</source>
        <translation>Guardado a las %1, salvo los campos marcados con ⚠ (conservados como borrador)</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Guardado a las %1</translation>
    </message>
    <message>
        <source>Changed elsewhere: choose what to keep</source>
        <translation>Modificado en otro lugar: elija qué conservar</translation>
    </message>
    <message>
        <source>Not saved — copy your text somewhere safe</source>
        <translation>No guardado: copie su texto en un lugar seguro</translation>
    </message>
    <message>
        <source>%1

The recovery file could not be written either (%2). What you typed is still on screen: copy it somewhere safe before closing poa-desktop.</source>
        <translation>%1

Tampoco se pudo escribir el archivo de recuperación (%2). Lo que usted escribió sigue en pantalla: cópielo en un lugar seguro antes de cerrar poa-desktop.</translation>
    </message>
    <message>
        <source>Not saved — kept in a recovery file</source>
        <translation>No guardado: se conserva en un archivo de recuperación</translation>
    </message>
    <message>
        <source>%1

What you typed stays on screen and is kept in the recovery file
%2

If it cannot be saved before you close poa-desktop, it is offered again at the next start.</source>
        <translation>%1

Lo que usted escribió sigue en pantalla y se conserva en el archivo de recuperación
%2

Si no se puede guardar antes de que cierre poa-desktop, se le ofrecerá de nuevo la próxima vez que lo inicie.</translation>
    </message>
    <message>
        <source>Your changes could not be saved</source>
        <translation>No se pudieron guardar sus cambios</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>No backup yet. The first is taken today; backups go to %1</source>
        <translation>Aún no hay ninguna copia de seguridad. La primera se hace hoy; las copias se guardan en %1</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia de seguridad?</translation>
    </message>
    <message>
        <source>Backups are kept in %1, on the same disk as the database: a broken or stolen computer takes them too. Keep a copy elsewhere as well (a USB key, a network folder) with Save a copy elsewhere.</source>
        <translation>Las copias de seguridad se guardan en %1, en el mismo disco que la base de datos: un ordenador averiado o robado se las lleva también. Guarde además una copia en otro lugar (una memoria USB, una carpeta de red) con Guardar una copia en otro lugar.</translation>
    </message>
    <message>
        <source>A copy of the database is saved in %1.</source>
        <translation>Se ha guardado una copia de la base de datos en %1.</translation>
    </message>
    <message>
        <source>Save a copy of the database elsewhere</source>
        <translation>Guardar una copia de la base de datos en otro lugar</translation>
    </message>
    <message>
        <source>poa-desktop databases (*.sqlite)</source>
        <translation>Bases de datos de poa-desktop (*.sqlite)</translation>
    </message>
    <message>
        <source>the backup taken %1 (%2)</source>
        <translation>la copia de seguridad del %1 (%2)</translation>
    </message>
    <message>
        <source>the copy in %1</source>
        <translation>la copia %1</translation>
    </message>
    <message>
        <source>the copy in %1, last changed %2</source>
        <translation>la copia %1, modificada por última vez el %2</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>un borrador</translation>
    </message>
    <message>
        <source>submitted for clearance</source>
        <translation>presentada para aprobación</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <source>Restore %1?</source>
        <translation>¿Restaurar %1?</translation>
    </message>
    <message>
        <source>It holds %1 answers with a status; the database holds %2 now.</source>
        <translation>Contiene %1 respuestas con estado; la base de datos contiene %2 ahora.</translation>
    </message>
    <message>
        <source>The %1 assessment is %2 now and goes back to %3: its submission or clearance will have to be given again.</source>
        <translation>La evaluación %1 está %2 ahora y vuelve a ser %3: habrá que presentarla o aprobarla de nuevo.</translation>
    </message>
    <message>
        <source>The %1 assessment is not in it and goes.</source>
        <translation>La evaluación %1 no está en ella y desaparece.</translation>
    </message>
    <message>
        <source>What was saved since is replaced. The database as it is now is copied first, so you can come back to it from this list.</source>
        <translation>Lo guardado desde entonces se reemplaza. La base de datos tal como está ahora se copia antes, para que pueda volver a ella desde esta lista.</translation>
    </message>
    <message>
        <source>The database now holds %1.

What it held just before is kept as %2, in this list: restoring that copy undoes the restore.</source>
        <translation>La base de datos contiene ahora %1.

Lo que contenía justo antes se conserva en esta lista: es %2; restaurar esa copia deshace la restauración.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <source>Restore from a copy of the database</source>
        <translation>Restaurar desde una copia de la base de datos</translation>
    </message>
    <message>
        <source>poa-desktop databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de poa-desktop (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>poa-desktop copies your database every day you use it, and before every schema upgrade, import and restore. Restoring replaces what the database holds now with the chosen copy; the database as it is now is copied first, so a restore can itself be undone.</source>
        <translation>poa-desktop copia su base de datos cada día que usted la utiliza, y antes de cada actualización del esquema, importación y restauración. Al restaurar, el contenido actual de la base de datos se sustituye por la copia elegida; antes se copia la base de datos en su estado actual, de modo que la propia restauración puede deshacerse.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad (más recientes primero)</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Measures answered</source>
        <translation>Medidas respondidas</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>&amp;Take a backup now</source>
        <translation>&amp;Hacer una copia ahora</translation>
    </message>
    <message>
        <source>&amp;Save a copy elsewhere…</source>
        <translation>&amp;Guardar una copia en otro lugar…</translation>
    </message>
    <message>
        <source>A copy of the database on another disk, a USB key or a network folder</source>
        <translation>Una copia de la base de datos en otro disco, una memoria USB o una carpeta de red</translation>
    </message>
    <message>
        <source>Restore from &amp;another file…</source>
        <translation>Restaurar desde &amp;otro archivo…</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup…</source>
        <translation>&amp;Restaurar la copia seleccionada…</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <source>Changes in %1</source>
        <translation>Cambios en %1</translation>
    </message>
    <message>
        <source>There is no earlier cycle to compare with.</source>
        <translation>No hay ningún ciclo anterior con el que comparar.</translation>
    </message>
    <message>
        <source>There is no assessment yet.</source>
        <translation>Aún no hay ninguna evaluación.</translation>
    </message>
    <message>
        <source>No answer changed from %1 to %2.</source>
        <translation>Ninguna respuesta cambió entre %1 y %2.</translation>
    </message>
    <message>
        <source>1 answer changed from %1 to %2.</source>
        <translation>1 respuesta cambió entre %1 y %2.</translation>
    </message>
    <message>
        <source>%1 answers changed from %2 to %3.</source>
        <translation>%1 respuestas cambiaron entre %2 y %3.</translation>
    </message>
    <message>
        <source>Changes since an earlier cycle</source>
        <translation>Cambios desde un ciclo anterior</translation>
    </message>
    <message>
        <source>Compare with the &amp;earlier cycle:</source>
        <translation>Comparar con el ciclo &amp;anterior:</translation>
    </message>
    <message>
        <source>Earlier cycle</source>
        <translation>Ciclo anterior</translation>
    </message>
    <message>
        <source>Answers changed since the earlier cycle</source>
        <translation>Respuestas modificadas desde el ciclo anterior</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Status: before → now</source>
        <translation>Estado: antes → ahora</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>Campos modificados</translation>
    </message>
</context>
<context>
    <name>ClearanceDialog</name>
    <message>
        <source>Clearance of the %1 assessment</source>
        <translation>Aprobación de la evaluación %1</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Submitted for clearance</source>
        <translation>Presentada para aprobación</translation>
    </message>
    <message>
        <source>Cleared: approved for release</source>
        <translation>Aprobada: autorizada para su publicación</translation>
    </message>
    <message>
        <source>When the answers are ready, the reporting officer submits the draft to the clearing authority.</source>
        <translation>Cuando las respuestas estén listas, la persona responsable del informe presenta el borrador a la autoridad de aprobación.</translation>
    </message>
    <message>
        <source>The answers are frozen while the clearing authority reviews them. The clearing authority approves the assessment for release, or returns it to draft saying why.</source>
        <translation>Las respuestas quedan bloqueadas mientras la autoridad de aprobación las examina. La autoridad de aprobación aprueba la evaluación para su publicación o la devuelve a borrador indicando el motivo.</translation>
    </message>
    <message>
        <source>The assessment is cleared and its answers are frozen. Reopen it as a draft to change them.</source>
        <translation>La evaluación está aprobada y sus respuestas están bloqueadas. Para modificarlas, reábrala como borrador.</translation>
    </message>
    <message>
        <source>Returned to draft</source>
        <translation>Devuelta a borrador</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Not yet assessed: %1 (%2 of them gender measures)</source>
        <translation>Aún sin evaluar: %1 (%2 de ellas medidas de género)</translation>
    </message>
    <message>
        <source>Not yet assessed: %1</source>
        <translation>Aún sin evaluar: %1</translation>
    </message>
    <message>
        <source>Developing, with the measures taken not described: %1</source>
        <translation>En desarrollo, sin describir las medidas adoptadas: %1</translation>
    </message>
    <message>
        <source>Assistance needed, with no kind chosen: %1</source>
        <translation>Asistencia necesaria, sin tipo elegido: %1</translation>
    </message>
    <message>
        <source>Report fields to correct: %1</source>
        <translation>Campos del informe por corregir: %1</translation>
    </message>
    <message>
        <source>&amp;Checklist: 1 open item</source>
        <translation>&amp;Lista de verificación: 1 elemento pendiente</translation>
    </message>
    <message>
        <source>&amp;Checklist: %1 open items</source>
        <translation>&amp;Lista de verificación: %1 elementos pendientes</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>&amp;Lista de verificación:</translation>
    </message>
    <message>
        <source>Nothing open</source>
        <translation>Nada pendiente</translation>
    </message>
    <message>
        <source>(a gender measure)</source>
        <translation>(una medida de género)</translation>
    </message>
    <message>
        <source>Open items listed in an annex: %1</source>
        <translation>Puntos pendientes enumerados en un anexo: %1</translation>
    </message>
    <message>
        <source>Not yet submitted for clearance.</source>
        <translation>Aún no se ha presentado para aprobación.</translation>
    </message>
    <message>
        <source>The assessment is now: %1.</source>
        <translation>Estado actual de la evaluación: %1.</translation>
    </message>
    <message>
        <source>Approve the %1 assessment of %2 for release, as %3?</source>
        <translation>¿Aprobar para su publicación la evaluación %1 de %2, como %3?</translation>
    </message>
    <message>
        <source>%1 open checklist item(s) will be listed in an annex of the report.</source>
        <translation>Los puntos pendientes de la lista de verificación (%1) se enumerarán en un anexo del informe.</translation>
    </message>
    <message>
        <source>The assessment is then cleared: its answers stay frozen and the report names the approving authority. It can be reopened as a draft later, with a reason.</source>
        <translation>La evaluación queda entonces aprobada: sus respuestas siguen bloqueadas y el informe menciona la autoridad que la aprobó. Más adelante puede reabrirse como borrador, indicando un motivo.</translation>
    </message>
    <message>
        <source>Approve for release</source>
        <translation>Aprobar para su publicación</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <source>Checklist of open items</source>
        <translation>Lista de verificación de puntos pendientes</translation>
    </message>
    <message>
        <source>Things to settle before clearance, by kind; double-click an item or press Enter to go to its commitment</source>
        <translation>Lo que queda por resolver antes de la aprobación, por tipo; haga doble clic en un elemento o pulse Intro para ir a su compromiso</translation>
    </message>
    <message>
        <source>&amp;Go to the measure</source>
        <translation>I&amp;r a la medida</translation>
    </message>
    <message>
        <source>Close the checklist and show the chosen measure</source>
        <translation>Cerrar la lista de verificación y mostrar la medida elegida</translation>
    </message>
    <message>
        <source>Clearance &amp;history:</source>
        <translation>&amp;Historial de aprobación:</translation>
    </message>
    <message>
        <source>Clearance history</source>
        <translation>Historial de aprobación</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Reason or open items</source>
        <translation>Motivo o puntos pendientes</translation>
    </message>
    <message>
        <source>Submit for clearance</source>
        <translation>Presentar para aprobación</translation>
    </message>
    <message>
        <source>Reporting &amp;officer:</source>
        <translation>Responsable del &amp;informe:</translation>
    </message>
    <message>
        <source>Name of the reporting officer</source>
        <translation>Nombre de la persona responsable del informe</translation>
    </message>
    <message>
        <source>&amp;Submit for clearance</source>
        <translation>&amp;Presentar para aprobación</translation>
    </message>
    <message>
        <source>Approve for release, or return to draft</source>
        <translation>Aprobar para su publicación o devolver a borrador</translation>
    </message>
    <message>
        <source>Clearing &amp;authority:</source>
        <translation>&amp;Autoridad de aprobación:</translation>
    </message>
    <message>
        <source>Name of the clearing authority</source>
        <translation>Nombre de la autoridad de aprobación</translation>
    </message>
    <message>
        <source>Approve with the open items listed in an a&amp;nnex</source>
        <translation>Aprobar con los puntos pendientes enumerados en un a&amp;nexo</translation>
    </message>
    <message>
        <source>A&amp;pprove for release…</source>
        <translation>Apro&amp;bar para su publicación…</translation>
    </message>
    <message>
        <source>The clearing authority approves the assessment for release as the national report; it is then cleared and its answers stay frozen</source>
        <translation>La autoridad de aprobación aprueba la evaluación para su publicación como informe nacional; entonces queda aprobada y sus respuestas siguen bloqueadas</translation>
    </message>
    <message>
        <source>&amp;Reason to return:</source>
        <translation>&amp;Motivo de la devolución:</translation>
    </message>
    <message>
        <source>Reason to return the assessment to draft</source>
        <translation>Motivo para devolver la evaluación a borrador</translation>
    </message>
    <message>
        <source>Return to &amp;draft</source>
        <translation>&amp;Devolver a borrador</translation>
    </message>
    <message>
        <source>Reopen as a draft</source>
        <translation>Reabrir como borrador</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>Name of the person reopening</source>
        <translation>Nombre de la persona que reabre la evaluación</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Reason to reopen the assessment</source>
        <translation>Motivo para reabrir la evaluación</translation>
    </message>
    <message>
        <source>Reopen as a &amp;draft</source>
        <translation>&amp;Reabrir como borrador</translation>
    </message>
</context>
<context>
    <name>CommitmentView</name>
    <message>
        <source>Related commitments</source>
        <translation>Compromisos relacionados</translation>
    </message>
    <message>
        <source>a declaration</source>
        <translation>una declaración</translation>
    </message>
    <message>
        <source>a procedural paragraph (a decision of the meeting)</source>
        <translation>un párrafo de procedimiento (una decisión de la reunión)</translation>
    </message>
    <message>
        <source>This paragraph is %1: it is shown for reference and is not assessed.</source>
        <translation>Este párrafo es %1: se muestra como referencia y no se evalúa.</translation>
    </message>
    <message>
        <source>No longer current: %1</source>
        <translation>Ya no vigente: %1</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>no se evalúa</translation>
    </message>
    <message>
        <source>Place in the document</source>
        <translation>Ubicación en el documento</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Read in the source text…</source>
        <translation>Leer en el texto de origen…</translation>
    </message>
    <message>
        <source>The outcome document as bundled with the app, opened at this paragraph (F1)</source>
        <translation>El documento final incluido en la aplicación, abierto en este párrafo (F1)</translation>
    </message>
    <message>
        <source>Read this paragraph in the source text</source>
        <translation>Leer este párrafo en el texto de origen</translation>
    </message>
    <message>
        <source>Lead-in</source>
        <translation>Encabezamiento</translation>
    </message>
    <message>
        <source>Commitment text</source>
        <translation>Texto del compromiso</translation>
    </message>
    <message>
        <source>Addressees and themes</source>
        <translation>Destinatarios y temas</translation>
    </message>
    <message>
        <source>Related commitments in the other document</source>
        <translation>Compromisos relacionados en el otro documento</translation>
    </message>
    <message>
        <source>Addressees: %1</source>
        <translation>Destinatarios: %1</translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>Temas: %1</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Nivel: %1</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ConflictBox</name>
    <message>
        <source>Changed here since %1</source>
        <translation>Modificado aquí desde %1</translation>
    </message>
    <message>
        <source>From the agency</source>
        <translation>Del organismo</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <source>Take the agency&apos;s</source>
        <translation>Tomar la del organismo</translation>
    </message>
    <message>
        <source>Combine both</source>
        <translation>Combinar ambas</translation>
    </message>
    <message>
        <source>Keep what either side wrote: your texts first, then the agency&apos;s; laws, agencies and kinds of assistance from both; your status</source>
        <translation>Conservar lo que escribió cada parte: primero sus textos, luego los del organismo; las leyes, organismos y tipos de asistencia de ambas; su estado</translation>
    </message>
    <message>
        <source>Keep mine: %1</source>
        <translation>Conservar la mía: %1</translation>
    </message>
    <message>
        <source>Take the agency&apos;s: %1</source>
        <translation>Tomar la del organismo: %1</translation>
    </message>
    <message>
        <source>Combine both: %1</source>
        <translation>Combinar ambas: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>%1 was saved elsewhere by %2 at %3 while you were typing. Your text is safe. Choose what to keep:</source>
        <translation>Mientras usted escribía, %2 guardó en otro lugar la respuesta a %1, a las %3. Su texto está a salvo. Elija qué conservar:</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Changed elsewhere while you typed</source>
        <translation>Modificado en otro lugar mientras usted escribía</translation>
    </message>
    <message>
        <source>Your version and the version saved elsewhere, field by field</source>
        <translation>Su versión y la versión guardada en otro lugar, campo por campo</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Yours (on screen)</source>
        <translation>Su versión (en pantalla)</translation>
    </message>
    <message>
        <source>Saved elsewhere</source>
        <translation>Guardada en otro lugar</translation>
    </message>
    <message>
        <source>What you choose is saved as a new version of the answer; earlier versions stay in its history.</source>
        <translation>Lo que elija se guarda como una nueva versión de la respuesta; las versiones anteriores permanecen en su historial.</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Conservar la mía</translation>
    </message>
    <message>
        <source>&amp;Combine both</source>
        <translation>C&amp;ombinar ambas</translation>
    </message>
    <message>
        <source>&amp;Take the saved version</source>
        <translation>&amp;Tomar la versión guardada</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Decidir &amp;más tarde</translation>
    </message>
</context>
<context>
    <name>CopyWords</name>
    <message>
        <source>No copy of your answers has left this computer since %1.</source>
        <translation>Ninguna copia de sus respuestas ha salido de este equipo desde el %1.</translation>
    </message>
    <message>
        <source>No copy of your answers has left this computer since you began on %1.</source>
        <translation>Ninguna copia de sus respuestas ha salido de este equipo desde que usted empezó, el %1.</translation>
    </message>
    <message>
        <source>File → Restore from backup… → Save a copy elsewhere… puts one on a USB key or network folder.</source>
        <translation>Archivo → Restaurar desde una copia de seguridad… → Guardar una copia en otro lugar… permite guardar una en una memoria USB o en una carpeta de red.</translation>
    </message>
    <message>
        <source>No copy has left this computer yet. Save a copy elsewhere… puts one on a USB key or network folder.</source>
        <translation>Todavía no ha salido ninguna copia de este equipo. Guardar una copia en otro lugar… permite guardar una en una memoria USB o en una carpeta de red.</translation>
    </message>
    <message>
        <source>The last copy that left this computer was saved on %1, to %2.</source>
        <translation>La última copia que salió de este equipo se guardó el %1 en %2.</translation>
    </message>
    <message>
        <source>This copy is on the same disk as the database: it will not survive a disk failure. A USB key or network folder is safer.</source>
        <translation>Esta copia está en el mismo disco que la base de datos: no sobrevivirá a una avería del disco. Una memoria USB o una carpeta de red es más segura.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Click a row to see its measures</source>
        <translation>Haga clic en una fila para ver sus medidas</translation>
    </message>
    <message>
        <source>Documents and sections</source>
        <translation>Documentos y secciones</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>No assessment open</source>
        <translation>No hay ninguna evaluación abierta</translation>
    </message>
    <message>
        <source>%1 of %2 measures assessed (%3)</source>
        <translation>%1 de %2 medidas evaluadas (%3)</translation>
    </message>
    <message>
        <source>%1 still to assess.</source>
        <translation>Quedan %1 por evaluar.</translation>
    </message>
    <message>
        <source>Every measure has a status.</source>
        <translation>Todas las medidas tienen un estado.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Progress dashboard</source>
        <translation>Panel de progreso</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Group measures by</source>
        <translation>Agrupar medidas por</translation>
    </message>
    <message>
        <source>Status chart</source>
        <translation>Gráfico de estados</translation>
    </message>
    <message>
        <source>Status of measures per document and section</source>
        <translation>Estado de las medidas por documento y sección</translation>
    </message>
    <message>
        <source>Status counts</source>
        <translation>Recuento por estado</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <source>Today&apos;s backup could not be taken: %1</source>
        <translation>No se pudo hacer la copia de seguridad de hoy: %1</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Copy saved to %1</source>
        <translation>Copia guardada en %1</translation>
    </message>
    <message>
        <source>Copy saved to %1.</source>
        <translation>Copia guardada en %1.</translation>
    </message>
    <message>
        <source>Save a copy of the database</source>
        <translation>Guardar una copia de la base de datos</translation>
    </message>
    <message>
        <source>poa-desktop databases (*.sqlite)</source>
        <translation>Bases de datos de poa-desktop (*.sqlite)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Copia de seguridad restaurada.</translation>
    </message>
    <message>
        <source>The text of this document is not bundled.</source>
        <translation>El texto de este documento no se incluye con la aplicación.</translation>
    </message>
</context>
<context>
    <name>DocumentChoice</name>
    <message>
        <source>Outcome documents it covers</source>
        <translation>Documentos finales que abarca</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>This assessment is submitted or cleared: what it covers stays.</source>
        <translation>Esta evaluación está presentada o aprobada: lo que abarca no cambia.</translation>
    </message>
    <message>
        <source>Left out when poa-desktop started: %1</source>
        <translation>Omitido al iniciar poa-desktop: %1</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>incluido</translation>
    </message>
    <message>
        <source>Add an outcome document</source>
        <translation>Añadir un documento final</translation>
    </message>
    <message>
        <source>Catalog documents (*.json)</source>
        <translation>Documentos del catálogo (*.json)</translation>
    </message>
    <message>
        <source>Not installed:
%1</source>
        <translation>No instalado:
%1</translation>
    </message>
    <message>
        <source>Installed %1. Tick it to cover it in this assessment.</source>
        <translation>%1 instalado. Márquelo para abarcarlo en esta evaluación.</translation>
    </message>
    <message>
        <source>Uninstall %1 (%2)?</source>
        <translation>¿Desinstalar %1 (%2)?</translation>
    </message>
    <message>
        <source>Remove a document</source>
        <translation>Quitar un documento</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 quitado.</translation>
    </message>
    <message>
        <source>Outcome documents</source>
        <translation>Documentos finales</translation>
    </message>
    <message>
        <source>The outcome documents installed. Tick those this assessment covers. A newer outcome or a regional instrument is added from its file; adding one changes no assessment until you tick it.</source>
        <translation>Los documentos finales instalados. Marque los que abarca esta evaluación. Un documento final más reciente o un instrumento regional se añade desde su archivo; añadirlo no cambia ninguna evaluación hasta que lo marque.</translation>
    </message>
    <message>
        <source>Outcome documents installed</source>
        <translation>Documentos finales instalados</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Abarcado</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>&amp;Add a document…</source>
        <translation>&amp;Añadir un documento…</translation>
    </message>
    <message>
        <source>Check a document file (JSON) and install it for this user</source>
        <translation>Comprobar un archivo de documento (JSON) e instalarlo para este usuario</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Uninstall the selected document (only one you added, and only while no answer uses it)</source>
        <translation>Desinstalar el documento seleccionado (solo uno que usted añadió, y mientras ninguna respuesta lo use)</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Evidence files</source>
        <translation>Documentos justificativos</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>%1
Type: %2
SHA-256: %3</source>
        <translation>%1
Tipo: %2
SHA-256: %3</translation>
    </message>
    <message>
        <source>This answer cannot change: its files can be opened and saved, not attached or removed.</source>
        <translation>Esta respuesta no puede modificarse: sus documentos justificativos pueden abrirse y guardarse, pero no adjuntarse ni quitarse.</translation>
    </message>
    <message>
        <source>Drop more files here to attach them (up to %1 each).</source>
        <translation>Suelte aquí más archivos para adjuntarlos (hasta %1 cada uno).</translation>
    </message>
    <message>
        <source>No files attached yet. Attach the documents that support this answer (a law, a decree, a report), or drop them here: up to %1 each.</source>
        <translation>Aún no hay archivos adjuntos. Adjunte los documentos que respaldan esta respuesta (una ley, un decreto, un informe) o suéltelos aquí: hasta %1 cada uno.</translation>
    </message>
    <message>
        <source>Attach files to this answer</source>
        <translation>Adjuntar archivos a esta respuesta</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>1 file attached.</source>
        <translation>1 archivo adjuntado.</translation>
    </message>
    <message>
        <source>%1 files attached.</source>
        <translation>%1 archivos adjuntados.</translation>
    </message>
    <message>
        <source>Evidence files: drop to attach</source>
        <translation>Documentos justificativos: suelte para adjuntar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>No program to open %1 was found. Save a copy and open it from there.</source>
        <translation>No se encontró ningún programa para abrir %1. Guarde una copia y ábrala desde allí.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Copy saved to %1</source>
        <translation>Copia guardada en %1</translation>
    </message>
    <message>
        <source>Remove evidence file</source>
        <translation>Quitar documento justificativo</translation>
    </message>
    <message>
        <source>Remove %1 from %2?

A backup of the database is taken first; it still holds the file (File → Restore from backup).</source>
        <translation>¿Quitar %1 de %2?

Antes se hace una copia de seguridad de la base de datos, que conserva el archivo (Archivo → Restaurar desde una copia de seguridad).</translation>
    </message>
    <message>
        <source>%1 removed; the backup %2 still holds it.</source>
        <translation>%1 quitado; la copia de seguridad %2 lo conserva.</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>Double-click a file to open it</source>
        <translation>Haga doble clic en un archivo para abrirlo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Adjuntar archivos…</translation>
    </message>
    <message>
        <source>Choose files to attach to this answer (or drop them here)</source>
        <translation>Elegir los archivos que se adjuntarán a esta respuesta (o soltarlos aquí)</translation>
    </message>
    <message>
        <source>Open the selected file with the program your system uses for it</source>
        <translation>Abrir el archivo seleccionado con el programa que su sistema usa para él</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <source>Save the selected file somewhere on this computer</source>
        <translation>Guardar el archivo seleccionado en este equipo</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Remove the selected file from this answer (a backup is taken first)</source>
        <translation>Quitar el archivo seleccionado de esta respuesta (antes se hace una copia de seguridad)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>(no annex)</source>
        <translation>(sin anexo)</translation>
    </message>
    <message>
        <source>By outcome document</source>
        <translation>Por documento final</translation>
    </message>
    <message>
        <source>As UNODA&apos;s template</source>
        <translation>Según la plantilla de la Oficina de Asuntos de Desarme</translation>
    </message>
    <message>
        <source>Folder for the report</source>
        <translation>Carpeta para el informe</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>Elija al menos un formato.</translation>
    </message>
    <message>
        <source>Give the file a name.</source>
        <translation>Indique un nombre para el archivo.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Generando el informe…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Replace these files?
%1</source>
        <translation>¿Reemplazar estos archivos?
%1</translation>
    </message>
    <message>
        <source>The report is written:
%1</source>
        <translation>El informe se ha generado:
%1</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <source>Export the national report</source>
        <translation>Exportar el informe nacional</translation>
    </message>
    <message>
        <source>Write the voluntary national report as a PDF to sign and send, and as an Excel workbook that UNODA and this application can read.</source>
        <translation>Genere el informe nacional voluntario en PDF, para firmarlo y enviarlo, y como libro de Excel que la Oficina de Asuntos de Desarme y esta aplicación pueden leer.</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formatos</translation>
    </message>
    <message>
        <source>&amp;PDF report</source>
        <translation>Informe en &amp;PDF</translation>
    </message>
    <message>
        <source>&amp;Excel workbook</source>
        <translation>Libro de E&amp;xcel</translation>
    </message>
    <message>
        <source>Submission pac&amp;kage (.zip)</source>
        <translation>Pa&amp;quete de presentación (.zip)</translation>
    </message>
    <message>
        <source>One zip file with the PDF, the workbook, the evidence files and a manifest of their SHA-256, which File → Verify a report package… checks</source>
        <translation>Un único archivo zip con el PDF, el libro de Excel, los documentos justificativos y un manifiesto de sus huellas SHA-256, que comprueba Archivo → Verificar un paquete de presentación…</translation>
    </message>
    <message>
        <source>Report lan&amp;guage:</source>
        <translation>&amp;Idioma del informe:</translation>
    </message>
    <message>
        <source>The language the PDF report and the Excel workbook are written in, whatever the language of the window. Commitment IDs and the status codes stay the same in every language.</source>
        <translation>El idioma en que se redactan el informe en PDF y el libro de Excel, sea cual sea el idioma de la ventana. Los identificadores de los compromisos y los códigos de estado son los mismos en todos los idiomas.</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>O&amp;rden:</translation>
    </message>
    <message>
        <source>Order of the measures in the PDF</source>
        <translation>Orden de las medidas en el PDF</translation>
    </message>
    <message>
        <source>Each outcome document in its own order, or the sections of UNODA&apos;s national report template, the order of its online form</source>
        <translation>Cada documento final en su propio orden, o las secciones de la plantilla de informe nacional de la Oficina de Asuntos de Desarme, en el orden de su formulario en línea</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Exa&amp;minar…</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nombre del archivo:</translation>
    </message>
    <message>
        <source>File name without extension</source>
        <translation>Nombre del archivo sin extensión</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Print only the first &amp;sentence of each commitment</source>
        <translation>Imprimir solo la primera &amp;oración de cada compromiso</translation>
    </message>
    <message>
        <source>Annex of what &amp;changed since:</source>
        <translation>Anexo de cambios &amp;desde:</translation>
    </message>
    <message>
        <source>Annex of what changed since an earlier cycle</source>
        <translation>Anexo de cambios desde un ciclo anterior</translation>
    </message>
    <message>
        <source>&amp;Leave out measures not yet assessed</source>
        <translation>Omitir &amp;las medidas aún no evaluadas</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Idioma del informe</translation>
    </message>
</context>
<context>
    <name>ExportThread</name>
    <message>
        <source>The report could not be written (%1). Nothing was written; the details are in %2.</source>
        <translation>No se pudo generar el informe (%1). No se escribió nada; los detalles figuran en %2.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All documents</source>
        <translation>Todos los documentos</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>All addressees</source>
        <translation>Todos los destinatarios</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>Contents of the guide</source>
        <translation>Contenido de la guía</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>Historial de %1</translation>
    </message>
    <message>
        <source>No saved answer yet.</source>
        <translation>Aún no hay ninguna respuesta guardada.</translation>
    </message>
    <message>
        <source>Each time the answer is saved, a version appears here.</source>
        <translation>Cada vez que se guarda la respuesta, aparece aquí una versión.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation>Restaurar versión</translation>
    </message>
    <message>
        <source>Make version %1 the current answer to %2?

The current answer stays in the history, so this can be undone.</source>
        <translation>¿Convertir la versión %1 en la respuesta actual a %2?

La respuesta actual permanece en el historial, por lo que esta acción puede deshacerse.</translation>
    </message>
    <message>
        <source>Could not restore</source>
        <translation>No se pudo restaurar</translation>
    </message>
    <message>
        <source>#%1  %2  %3  %4</source>
        <translation>#%1  %2  %3  %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Cambios: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Added text is %1; removed text is %2.</source>
        <translation>El texto añadido aparece %1; el texto eliminado aparece %2.</translation>
    </message>
    <message>
        <source>underlined on green</source>
        <translation>subrayado sobre fondo verde</translation>
    </message>
    <message>
        <source>struck through on red</source>
        <translation>tachado sobre fondo rojo</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Antes:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Después:</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (actual)</translation>
    </message>
    <message>
        <source>Saved %1 by %2, %3</source>
        <translation>Guardada: %1, por %2, %3</translation>
    </message>
    <message>
        <source>This is the current answer.</source>
        <translation>Esta es la respuesta actual.</translation>
    </message>
    <message>
        <source>This version is the same as the current answer.</source>
        <translation>Esta versión es igual a la respuesta actual.</translation>
    </message>
    <message>
        <source>Make version %1 the current answer again.</source>
        <translation>Volver a convertir la versión %1 en la respuesta actual.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&amp;Saved versions, newest first:</source>
        <translation>&amp;Versiones guardadas (más recientes primero):</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Versiones guardadas</translation>
    </message>
    <message>
        <source>Each saved version of this answer, newest first</source>
        <translation>Cada versión guardada de esta respuesta, la más reciente primero</translation>
    </message>
    <message>
        <source>&amp;Details of the selected version:</source>
        <translation>&amp;Detalles de la versión seleccionada:</translation>
    </message>
    <message>
        <source>Details of the selected version</source>
        <translation>Detalles de la versión seleccionada</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Restaurar esta versión</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Restaurar esta versión</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué ha cambiado</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>No ha cambiado nada.</translation>
    </message>
    <message>
        <source>The whole answer in this version</source>
        <translation>La respuesta completa en esta versión</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>new answer</source>
        <translation>respuesta nueva</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificada</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservada</translation>
    </message>
    <message>
        <source>Step 1 of 3: the workbook</source>
        <translation>Paso 1 de 3: el libro de Excel</translation>
    </message>
    <message>
        <source>Step 2 of 3: the columns</source>
        <translation>Paso 2 de 3: las columnas</translation>
    </message>
    <message>
        <source>Step 3 of 3: check and import</source>
        <translation>Paso 3 de 3: verificar e importar</translation>
    </message>
    <message>
        <source>Another State&apos;s report</source>
        <translation>Informe de otro Estado</translation>
    </message>
    <message>
        <source>This workbook is the report of %1. The assessment open is %2&apos;s.

Importing it puts the answers of %1 into the assessment of %2. A preview shows every change first, and a backup is taken before anything is written.</source>
        <translation>Este libro de Excel es el informe de %1. La evaluación abierta es la de %2.

Al importarlo, las respuestas de %1 se incorporarán a la evaluación de %2. Una vista previa muestra antes cada cambio, y se hace una copia de seguridad antes de escribir nada.</translation>
    </message>
    <message>
        <source>Import %1&apos;s answers into %2</source>
        <translation>Importar las respuestas de %1 en %2</translation>
    </message>
    <message>
        <source>Stopped: nothing was read.</source>
        <translation>Detenido: no se leyó nada.</translation>
    </message>
    <message>
        <source>Workbook to import</source>
        <translation>Libro de Excel que se importará</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Libros de Excel (*.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a workbook first.</source>
        <translation>Elija primero un libro de Excel.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>The sheets and columns chosen last time for this workbook are used.</source>
        <translation>Se utilizan las hojas y columnas elegidas la última vez para este libro de Excel.</translation>
    </message>
    <message>
        <source>%1 (no table found)</source>
        <translation>%1 (no se encontró ninguna tabla)</translation>
    </message>
    <message>
        <source>Sheets to import: %1.</source>
        <translation>Hojas que se importarán: %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Not read: %1.</source>
        <translation>Sin leer: %1.</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Columna para %1</translation>
    </message>
    <message>
        <source>(not in this sheet)</source>
        <translation>(no está en esta hoja)</translation>
    </message>
    <message>
        <source>Choose at least one sheet to import (Import this sheet).</source>
        <translation>Elija al menos una hoja para importar (Importar esta hoja).</translation>
    </message>
    <message>
        <source>%1 new answers, %2 changed, %3 unchanged, %4 kept, %5 report field values.</source>
        <translation>%1 respuestas nuevas, %2 modificadas, %3 sin cambios, %4 conservadas, %5 valores de campos del informe.</translation>
    </message>
    <message>
        <source>Replacing overwrites %1 filled fields (see Fields changed).</source>
        <translation>Al reemplazar se sobrescribirán %1 campos completados (véase Campos modificados).</translation>
    </message>
    <message>
        <source>%1 filled fields differ from the file and are left as they are; choose Replace (Back) to take the file&apos;s values.</source>
        <translation>%1 campos completados difieren del archivo y se dejan como están; elija Reemplazar (Atrás) para tomar los valores del archivo.</translation>
    </message>
    <message>
        <source>Cannot be read: %1 cell(s), %2 row(s).</source>
        <translation>No se pueden leer: %1 celda(s), %2 fila(s).</translation>
    </message>
    <message>
        <source>%1, sheets %2.</source>
        <translation>%1, hojas %2.</translation>
    </message>
    <message>
        <source>Cell skipped: </source>
        <translation>Celda omitida: </translation>
    </message>
    <message>
        <source>Row skipped: </source>
        <translation>Fila omitida: </translation>
    </message>
    <message>
        <source>Add to the State profile the agencies it does not have (%1): %2</source>
        <translation>Añadir al perfil del Estado los organismos que no figuran en él (%1): %2</translation>
    </message>
    <message>
        <source>Understood: </source>
        <translation>Interpretado: </translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation>Importar respuestas</translation>
    </message>
    <message>
        <source>Choose a workbook: one exported by poa-desktop, or a tracker your ministry keeps. Nothing is written until you confirm the preview.</source>
        <translation>Elija un libro de Excel: uno exportado por poa-desktop o una hoja de seguimiento que lleve su ministerio. No se escribe nada hasta que usted confirme la vista previa.</translation>
    </message>
    <message>
        <source>path of an .xlsx file</source>
        <translation>ruta de un archivo .xlsx</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Hoja:</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>&amp;Import this sheet</source>
        <translation>Importar &amp;esta hoja</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>&amp;Fila de encabezados:</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Fila de encabezados</translation>
    </message>
    <message>
        <source>Which column holds what (proposed from the headers; change any of them):</source>
        <translation>Qué contiene cada columna (propuesto a partir de los encabezados; puede cambiar cualquiera):</translation>
    </message>
    <message>
        <source>Column for each field</source>
        <translation>Columna de cada campo</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Column in the sheet</source>
        <translation>Columna en la hoja</translation>
    </message>
    <message>
        <source>Other status &amp;words:</source>
        <translation>Otras &amp;palabras de estado:</translation>
    </message>
    <message>
        <source>Other status words</source>
        <translation>Otras palabras de estado</translation>
    </message>
    <message>
        <source>e.g.  Peut-être = developing; x = implemented; TBC = none</source>
        <translation>p. ej.  Parcial = developing; x = implemented; Pendiente = none</translation>
    </message>
    <message>
        <source>Existing answers:</source>
        <translation>Respuestas existentes:</translation>
    </message>
    <message>
        <source>&amp;Fill only their empty fields</source>
        <translation>&amp;Completar solo sus campos vacíos</translation>
    </message>
    <message>
        <source>&amp;Replace what they hold</source>
        <translation>&amp;Reemplazar su contenido</translation>
    </message>
    <message>
        <source>Overwrites filled fields with the file&apos;s values; the preview counts them</source>
        <translation>Sobrescribe los campos completados con los valores del archivo; la vista previa los cuenta</translation>
    </message>
    <message>
        <source>&amp;Keep them whole</source>
        <translation>&amp;Dejarlas intactas</translation>
    </message>
    <message>
        <source>What the import changes</source>
        <translation>Qué cambia la importación</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Status: before → after</source>
        <translation>Estado: antes → después</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>Campos modificados</translation>
    </message>
    <message>
        <source>Cells and rows that cannot be read:</source>
        <translation>Celdas y filas que no se pueden leer:</translation>
    </message>
    <message>
        <source>Cells and rows that cannot be read</source>
        <translation>Celdas y filas que no se pueden leer</translation>
    </message>
    <message>
        <source>&amp;Skip what cannot be read and import the rest</source>
        <translation>&amp;Omitir lo que no se puede leer e importar el resto</translation>
    </message>
    <message>
        <source>How typed values were understood, and notes:</source>
        <translation>Cómo se interpretaron los valores escritos, y notas:</translation>
    </message>
    <message>
        <source>How typed values were understood, and notes</source>
        <translation>Cómo se interpretaron los valores escritos, y notas</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation>La importación ha finalizado.</translation>
    </message>
    <message>
        <source>A backup was taken just before: %1</source>
        <translation>Justo antes se hizo una copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Undo: restore the backup…</source>
        <translation>Deshacer: restaurar la copia de seguridad…</translation>
    </message>
    <message>
        <source>New answers: %1</source>
        <translation>Respuestas nuevas: %1</translation>
    </message>
    <message>
        <source>Answers changed: %1</source>
        <translation>Respuestas modificadas: %1</translation>
    </message>
    <message>
        <source>Answers kept as they were: %1</source>
        <translation>Respuestas que se dejaron como estaban: %1</translation>
    </message>
    <message>
        <source>Report field values: %1</source>
        <translation>Valores de campos del informe: %1</translation>
    </message>
    <message>
        <source>Cells skipped: %1</source>
        <translation>Celdas omitidas: %1</translation>
    </message>
    <message>
        <source>Rows skipped: %1</source>
        <translation>Filas omitidas: %1</translation>
    </message>
    <message>
        <source>Agencies added to the profile: %1</source>
        <translation>Organismos añadidos al perfil: %1</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>I&amp;dioma</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>el idioma del sistema</translation>
    </message>
    <message>
        <source>poa-desktop will speak %1 from its next start.</source>
        <translation>poa-desktop se mostrará en %1 a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>For now POA_DESKTOP_LANG=%1 is set, and wins over this choice.</source>
        <translation>Por ahora está definida la variable POA_DESKTOP_LANG=%1, que prevalece sobre esta elección.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>LawsTable</name>
    <message>
        <source>Title (original language)</source>
        <translation>Título (idioma original)</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>Título en inglés</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>What it provides</source>
        <translation>Qué establece</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>a declaration</source>
        <translation>una declaración</translation>
    </message>
    <message>
        <source>a procedural paragraph</source>
        <translation>un párrafo de procedimiento</translation>
    </message>
    <message>
        <source>This answer was saved when the commitment catalog counted %1 as a measure. Catalog %2 reads it as %3, which is not assessed: the answer is kept and shown here read-only, but it no longer counts in the progress or the report.</source>
        <translation>Esta respuesta se guardó cuando el catálogo de compromisos contaba %1 entre las medidas. En el catálogo %2 es %3, y un párrafo así no se evalúa: la respuesta se conserva y se muestra aquí en modo de solo lectura, pero ya no cuenta en el progreso ni en el informe.</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>Aún sin respuesta</translation>
    </message>
    <message>
        <source>Last saved %1</source>
        <translation>Último guardado: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>%1 of %2 paragraphs match</source>
        <translation>%1 de %2 párrafos coinciden</translation>
    </message>
    <message>
        <source>Assessed %1 of %2 measures (%3%)</source>
        <translation>Evaluadas %1 de %2 medidas (%3%)</translation>
    </message>
    <message>
        <source> (submitted for clearance)</source>
        <translation> (presentada para aprobación)</translation>
    </message>
    <message>
        <source> (cleared)</source>
        <translation> (aprobada)</translation>
    </message>
    <message>
        <source>Working as %1</source>
        <translation>Trabajando como %1</translation>
    </message>
    <message>
        <source>Working as</source>
        <translation>Trabajar como</translation>
    </message>
    <message>
        <source>Your name, as the history and the report should record your changes.
Leave it empty to work as the focal point of the State profile. The computer login is recorded beside it.</source>
        <translation>Su nombre, con el que el historial y el informe registrarán sus cambios.
Déjelo en blanco para trabajar como el punto focal del perfil del Estado. El usuario con el que inició sesión en el equipo se registra junto a él.</translation>
    </message>
    <message>
        <source>To change them, reopen the assessment as a draft, saying why (Assessment → Clearance…).</source>
        <translation>Para modificarlas, reabra la evaluación como borrador e indique el motivo (Evaluación → Aprobación…).</translation>
    </message>
    <message>
        <source>Submitted for clearance: the answers cannot change.</source>
        <translation>Presentada para aprobación: las respuestas no pueden modificarse.</translation>
    </message>
    <message>
        <source>Submitted for clearance on %1 by %2: the answers cannot change.</source>
        <translation>Presentada para aprobación el %1 por %2: las respuestas no pueden modificarse.</translation>
    </message>
    <message>
        <source>Cleared (approved for release): the answers are frozen.</source>
        <translation>Aprobada (autorizada para su publicación): las respuestas están bloqueadas.</translation>
    </message>
    <message>
        <source>Cleared (approved for release) on %1 by %2: the answers are frozen.</source>
        <translation>Aprobada (autorizada para su publicación) el %1 por %2: las respuestas están bloqueadas.</translation>
    </message>
    <message>
        <source>poa-desktop</source>
        <translation>poa-desktop</translation>
    </message>
    <message>
        <source>Search commitments and answers (Ctrl+F)</source>
        <translation>Buscar en compromisos y respuestas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Filter by document</source>
        <translation>Filtrar por documento</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>Filter by theme</source>
        <translation>Filtrar por tema</translation>
    </message>
    <message>
        <source>Filter by addressees</source>
        <translation>Filtrar por destinatarios</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>A&amp;nterior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Next &amp;unanswered</source>
        <translation>Siguiente sin res&amp;ponder</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado de guardado</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Respuesta</translation>
    </message>
    <message>
        <source>A&amp;ssessment</source>
        <translation>&amp;Evaluación</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nueva evaluación…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Import answers…</source>
        <translation>&amp;Importar respuestas…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Prepare agency workbook…</source>
        <translation>&amp;Preparar libro de Excel para un organismo…</translation>
    </message>
    <message>
        <source>&amp;Take back an agency&apos;s workbook…</source>
        <translation>Incorporar &amp;libro de Excel de un organismo…</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exportar informe…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Verify a report package…</source>
        <translation>&amp;Verificar un paquete de presentación…</translation>
    </message>
    <message>
        <source>Check that a submission package (.zip) is exactly as it was written</source>
        <translation>Comprobar que un paquete de presentación (.zip) está exactamente como se generó</translation>
    </message>
    <message>
        <source>&amp;Analyse national reports…</source>
        <translation>Analizar in&amp;formes nacionales…</translation>
    </message>
    <message>
        <source>Read many States&apos; national workbooks together: implementation by measure, State, theme and region, and assistance needed against offered</source>
        <translation>Leer conjuntamente los libros de Excel nacionales de muchos Estados: aplicación por medida, Estado, tema y región, y asistencia necesaria frente a la ofrecida</translation>
    </message>
    <message>
        <source>&amp;Reporting period and language…</source>
        <translation>Período e &amp;idioma del informe…</translation>
    </message>
    <message>
        <source>Outcome &amp;documents…</source>
        <translation>&amp;Documentos finales…</translation>
    </message>
    <message>
        <source>The outcome documents this assessment covers; add a newer outcome or a regional instrument</source>
        <translation>Los documentos finales que abarca esta evaluación; añadir un documento final más reciente o un instrumento regional</translation>
    </message>
    <message>
        <source>&amp;Working as…</source>
        <translation>Trabajar co&amp;mo…</translation>
    </message>
    <message>
        <source>Who the changes are recorded as (the focal point unless you say otherwise)</source>
        <translation>Nombre con el que se registran los cambios (el punto focal, salvo que indique otro)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Previous commitment</source>
        <translation>Compromiso &amp;anterior</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>&amp;Next commitment</source>
        <translation>Compromiso &amp;siguiente</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Next &amp;unanswered measure</source>
        <translation>Siguiente medida sin &amp;responder</translation>
    </message>
    <message>
        <source>The next measure without a status (Ctrl+U)</source>
        <translation>La siguiente medida sin estado (Ctrl+U)</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel de progreso</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>What &amp;changed since an earlier cycle…</source>
        <translation>&amp;Cambios desde un ciclo anterior…</translation>
    </message>
    <message>
        <source>&amp;Confirm unchanged since the earlier cycle</source>
        <translation>&amp;Confirmar sin cambios desde el ciclo anterior</translation>
    </message>
    <message>
        <source>State &amp;profile and agencies…</source>
        <translation>&amp;Perfil del Estado y organismos…</translation>
    </message>
    <message>
        <source>&amp;Agencies and assignments…</source>
        <translation>&amp;Organismos y asignaciones…</translation>
    </message>
    <message>
        <source>&amp;Clearance…</source>
        <translation>&amp;Aprobación…</translation>
    </message>
    <message>
        <source>&amp;History of this answer…</source>
        <translation>&amp;Historial de esta respuesta…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Guardar una &amp;copia como…</translation>
    </message>
    <message>
        <source>Save a self-contained copy of the database, e.g. to hand it over</source>
        <translation>Guardar una copia independiente de la base de datos, p. ej., para entregarla a otra persona</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Read this paragraph in the &amp;source text</source>
        <translation>Leer este párrafo en el texto de &amp;origen</translation>
    </message>
    <message>
        <source>Open the outcome document as bundled with the app, at this paragraph</source>
        <translation>Abrir el documento final incluido en la aplicación, en este párrafo</translation>
    </message>
    <message>
        <source>Shift+F1</source>
        <translation>Shift+F1</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>How to use poa-desktop, step by step</source>
        <translation>Cómo usar poa-desktop, paso a paso</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About poa-desktop</source>
        <translation>&amp;Acerca de poa-desktop</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>The filter shows no measures. Clear the filter to see them all.</source>
        <translation>El filtro no muestra ninguna medida. Borre el filtro para verlas todas.</translation>
    </message>
    <message>
        <source>Every measure the filter shows has a status. Clear the filter to find the %1 still to assess.</source>
        <translation>Todas las medidas que muestra el filtro tienen un estado. Borre el filtro para encontrar las %1 que quedan por evaluar.</translation>
    </message>
    <message>
        <source>Every measure has a status.</source>
        <translation>Todas las medidas tienen un estado.</translation>
    </message>
    <message>
        <source>This is the last measure the filter shows (%1 of %2). Clear the filter to go on.</source>
        <translation>Es la última medida que muestra el filtro (%1 de %2). Borre el filtro para continuar.</translation>
    </message>
    <message>
        <source>This is the last measure (%1 of %2).</source>
        <translation>Es la última medida (%1 de %2).</translation>
    </message>
    <message>
        <source>This is the first measure the filter shows (%1 of %2). Clear the filter to go further back.</source>
        <translation>Es la primera medida que muestra el filtro (%1 de %2). Borre el filtro para retroceder más.</translation>
    </message>
    <message>
        <source>This is the first measure (%1 of %2).</source>
        <translation>Es la primera medida (%1 de %2).</translation>
    </message>
    <message>
        <source>This measure is the last one without a status.</source>
        <translation>Esta medida es la última sin estado.</translation>
    </message>
    <message>
        <source>The short codes name the sections of each document:</source>
        <translation>Los códigos abreviados designan las secciones de cada documento:</translation>
    </message>
</context>
<context>
    <name>NavigationModel</name>
    <message>
        <source>%1: shown for reference, not assessed (%2)</source>
        <translation>%1: se muestra como referencia, no se evalúa (%2)</translation>
    </message>
    <message>
        <source>a declaration</source>
        <translation>una declaración</translation>
    </message>
    <message>
        <source>a procedural paragraph</source>
        <translation>un párrafo de procedimiento</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Reporting period and report language</source>
        <translation>Período e idioma del informe</translation>
    </message>
    <message>
        <source>The period the national report covers, as UNODA&apos;s template asks for it, and the language the report is written in unless you choose another when exporting.</source>
        <translation>El período que abarca el informe nacional, tal como lo pide la plantilla de la Oficina de Asuntos de Desarme, y el idioma en que se redacta el informe, salvo que elija otro al exportarlo.</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Primer día:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>First day of the reporting period</source>
        <translation>Primer día del período que abarca el informe</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Ú&amp;ltimo día:</translation>
    </message>
    <message>
        <source>Last day of the reporting period</source>
        <translation>Último día del período que abarca el informe</translation>
    </message>
    <message>
        <source>Report lan&amp;guage:</source>
        <translation>&amp;Idioma del informe:</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Idioma del informe</translation>
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
        <translation>%1: %2 de %3 medidas evaluadas</translation>
    </message>
    <message>
        <source>Share of the measures that have a status</source>
        <translation>Proporción de medidas que tienen un estado</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Evaluadas</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
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
        <translation>&amp;Restaurar estas respuestas</translation>
    </message>
    <message>
        <source>&amp;Save as a file…</source>
        <translation>&amp;Guardar como archivo…</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Decidir &amp;más tarde</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>No se restauró nada: %1</translation>
    </message>
    <message>
        <source>The answers were restored, but the recovery file could not be updated (%1): choose Discard, or they are offered again at the next start.</source>
        <translation>Las respuestas se restauraron, pero no se pudo actualizar el archivo de recuperación (%1): elija Descartar o se le volverán a ofrecer la próxima vez que inicie la aplicación.</translation>
    </message>
    <message>
        <source>%1 answer(s) restored. %2 could not be restored and stay in the recovery file:
%3</source>
        <translation>Respuestas restauradas: %1. %2 no se pudieron restaurar y permanecen en el archivo de recuperación:
%3</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1. The answers are still kept here until you restore or discard them.</source>
        <translation>Guardado en %1. Las respuestas se siguen conservando aquí hasta que las restaure o las descarte.</translation>
    </message>
    <message>
        <source>Save the kept answers as</source>
        <translation>Guardar las respuestas conservadas como</translation>
    </message>
    <message>
        <source>Text (*.txt);;JSON (*.json)</source>
        <translation>Texto (*.txt);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Discard the kept answers?</source>
        <translation>¿Descartar las respuestas conservadas?</translation>
    </message>
    <message>
        <source>What you typed in these answers will be lost for good. Save them as a file first if you may need them.</source>
        <translation>Lo que escribió en estas respuestas se perderá definitivamente. Si pudiera necesitarlo, guárdelo antes como archivo.</translation>
    </message>
    <message>
        <source>poa-desktop could not save your last changes to the database
    %1
and kept them in the recovery file
    %2
Restore them into the database now, save them as a file to keep, or discard them.</source>
        <translation>poa-desktop no pudo guardar sus últimos cambios en la base de datos
    %1
y los conservó en el archivo de recuperación
    %2
Restáurelos ahora en la base de datos, guárdelos como archivo para conservarlos o descártelos.</translation>
    </message>
    <message>
        <source>a recovery file</source>
        <translation>un archivo de recuperación</translation>
    </message>
    <message>
        <source>Disk full</source>
        <translation>Disco lleno</translation>
    </message>
    <message>
        <source>Could not write (read-only)</source>
        <translation>No se pudo escribir (solo lectura)</translation>
    </message>
    <message>
        <source>Database file deleted or moved</source>
        <translation>Archivo de base de datos eliminado o movido</translation>
    </message>
    <message>
        <source>Database file damaged</source>
        <translation>Archivo de base de datos dañado</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <source>Answers that could not be saved</source>
        <translation>Respuestas que no se pudieron guardar</translation>
    </message>
    <message>
        <source>&amp;Kept answers:</source>
        <translation>Respuestas &amp;conservadas:</translation>
    </message>
    <message>
        <source>Kept answers</source>
        <translation>Respuestas conservadas</translation>
    </message>
    <message>
        <source>Each answer that could not be saved: its assessment, commitment, status, first words, when and why</source>
        <translation>Cada respuesta que no se pudo guardar: su evaluación, compromiso, estado, primeras palabras, cuándo y por qué</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Medidas adoptadas</translation>
    </message>
    <message>
        <source>Kept on</source>
        <translation>Conservada el</translation>
    </message>
    <message>
        <source>Why it was not saved</source>
        <translation>Por qué no se guardó</translation>
    </message>
    <message>
        <source>Restoring saves each answer as a new version. If an answer was changed since, what it said before stays in its history (the History… button) and can be restored from there.</source>
        <translation>Al restaurar, cada respuesta se guarda como una nueva versión. Si una respuesta se modificó desde entonces, su contenido anterior permanece en su historial (botón Historial…) y puede restaurarse desde allí.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Annex A. Assistance needed and offered</source>
        <translation>Anexo A. Asistencia necesaria y asistencia ofrecida</translation>
    </message>
    <message>
        <source>A.1 Assistance needed</source>
        <translation>A.1 Asistencia necesaria</translation>
    </message>
    <message>
        <source>A.2 Assistance offered</source>
        <translation>A.2 Asistencia ofrecida</translation>
    </message>
    <message>
        <source>Annex B. Laws and regulations cited</source>
        <translation>Anexo B. Leyes y reglamentos citados</translation>
    </message>
    <message>
        <source>Annex C. Contacts</source>
        <translation>Anexo C. Contactos</translation>
    </message>
    <message>
        <source>C.1 National focal point</source>
        <translation>C.1 Punto focal nacional</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>C.2 Contributing agencies</source>
        <translation>C.2 Organismos que contribuyen</translation>
    </message>
    <message>
        <source>C.3 Other contacts</source>
        <translation>C.3 Otros contactos</translation>
    </message>
    <message>
        <source>Annex D. Items open at clearance</source>
        <translation>Anexo D. Puntos pendientes en el momento de la aprobación</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Open item</source>
        <translation>Punto pendiente</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Status before</source>
        <translation>Estado anterior</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>Estado actual</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué ha cambiado</translation>
    </message>
    <message>
        <source>No laws or regulations are cited.</source>
        <translation>No se cita ninguna ley ni ningún reglamento.</translation>
    </message>
    <message>
        <source>Annex E. What changed since %1</source>
        <translation>Anexo E. Cambios desde %1</translation>
    </message>
    <message>
        <source>No assistance needs are recorded.</source>
        <translation>No se ha registrado ninguna necesidad de asistencia.</translation>
    </message>
    <message>
        <source>No offers of assistance are recorded.</source>
        <translation>No se ha registrado ninguna oferta de asistencia.</translation>
    </message>
    <message>
        <source>Law or regulation</source>
        <translation>Ley o reglamento</translation>
    </message>
    <message>
        <source>Cited under</source>
        <translation>Citado en relación con</translation>
    </message>
    <message>
        <source>No agencies are recorded.</source>
        <translation>No se ha registrado ningún organismo.</translation>
    </message>
    <message>
        <source>No other contacts are recorded.</source>
        <translation>No se ha registrado ningún otro contacto.</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Tipos</translation>
    </message>
    <message>
        <source>Assistance needed</source>
        <translation>Asistencia necesaria</translation>
    </message>
    <message>
        <source>National target</source>
        <translation>Meta nacional</translation>
    </message>
    <message>
        <source>Assistance offered</source>
        <translation>Asistencia ofrecida</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Para el %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>All measures</source>
        <translation>Todas las medidas</translation>
    </message>
    <message>
        <source>Annex F. Evidence files</source>
        <translation>Anexo F. Documentos justificativos</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>%1 (cont.)</source>
        <translation>%1 (cont.)</translation>
    </message>
    <message>
        <source>National report of %1 on the implementation of the Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects and the International Tracing Instrument</source>
        <translation>Informe nacional de %1 sobre la aplicación del Programa de Acción para Prevenir, Combatir y Eliminar el Tráfico Ilícito de Armas Pequeñas y Ligeras en Todos Sus Aspectos y del Instrumento Internacional de Localización</translation>
    </message>
    <message>
        <source>1. Summary</source>
        <translation>1. Resumen</translation>
    </message>
    <message>
        <source>Status of the measures</source>
        <translation>Estado de las medidas</translation>
    </message>
    <message>
        <source>Draft, not cleared</source>
        <translation>Borrador, no aprobado</translation>
    </message>
    <message>
        <source>Submitted for clearance, not yet cleared</source>
        <translation>Presentado para aprobación, aún no aprobado</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>Prepared with poa-desktop %1 (commitment catalog %2). The text of each commitment is quoted verbatim from the outcome documents.</source>
        <translation>Preparado con poa-desktop %1 (catálogo de compromisos %2). El texto de cada compromiso se cita textualmente de los documentos finales.</translation>
    </message>
    <message>
        <source>The commitments are quoted in English, the language of the outcome documents held by this application.</source>
        <translation>Los compromisos se citan en inglés, el idioma de los documentos finales que contiene esta aplicación.</translation>
    </message>
    <message>
        <source>Cleared by %1 on %2</source>
        <translation>Aprobado por %1 el %2</translation>
    </message>
    <message>
        <source>Cleared by %1</source>
        <translation>Aprobado por %1</translation>
    </message>
    <message>
        <source>Cleared on %1</source>
        <translation>Aprobado el %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Desde el %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Hasta el %1</translation>
    </message>
    <message>
        <source>Reporting cycle</source>
        <translation>Ciclo de presentación de informes</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Período que abarca el informe</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Outcome documents</source>
        <translation>Documentos finales</translation>
    </message>
    <message>
        <source>National focal point</source>
        <translation>Punto focal nacional</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Sin designar</translation>
    </message>
    <message>
        <source>Voluntary national report to the United Nations Office for Disarmament Affairs</source>
        <translation>Informe nacional voluntario presentado a la Oficina de Asuntos de Desarme de las Naciones Unidas</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Figure 1. Measures by status, for each section of the outcome documents. Each status has its own fill pattern as well as its own colour.</source>
        <translation>Figura 1. Medidas por estado, para cada sección de los documentos finales. Cada estado tiene su propia trama de relleno, además de su propio color.</translation>
    </message>
    <message>
        <source>Table 1. Measures by status, for each outcome document and section.</source>
        <translation>Cuadro 1. Medidas por estado, para cada documento final y sección.</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>BORRADOR</translation>
    </message>
    <message>
        <source>National report on the PoA and the ITI</source>
        <translation>Informe nacional: Programa de Acción e Instrumento Internacional de Localización</translation>
    </message>
    <message>
        <source>Generated %1 · %2</source>
        <translation>Generado el %1 · %2</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Generado el %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Voluntary national report, %1</source>
        <translation>Informe nacional voluntario, %1</translation>
    </message>
    <message>
        <source>No measure of this document has been assessed yet.</source>
        <translation>Todavía no se ha evaluado ninguna medida de este documento.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>The declaratory paragraphs (%1) and the procedural paragraphs (%2) are not assessed and are not reproduced here; this section covers the measures only.</source>
        <translation>Los párrafos declarativos (%1) y los párrafos de procedimiento (%2) no se evalúan ni se reproducen aquí; esta sección abarca únicamente las medidas.</translation>
    </message>
    <message>
        <source>The declaratory paragraphs (%1) are not assessed and are not reproduced here; this section covers the measures only.</source>
        <translation>Los párrafos declarativos (%1) no se evalúan ni se reproducen aquí; esta sección abarca únicamente las medidas.</translation>
    </message>
    <message>
        <source>The procedural paragraphs (%1) are not assessed and are not reproduced here; this section covers the measures only.</source>
        <translation>Los párrafos de procedimiento (%1) no se evalúan ni se reproducen aquí; esta sección abarca únicamente las medidas.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>The report was cleared by %1 on %2.</source>
        <translation>El informe fue aprobado por %1 el %2.</translation>
    </message>
    <message>
        <source>%n item of the clearance checklist was still open; it is listed here as recorded at clearance.|%n items of the clearance checklist were still open; they are listed here as recorded at clearance.</source>
        <translation>%n punto de la lista de verificación de la aprobación seguía pendiente; figura aquí tal como se registró en el momento de la aprobación.|%n de puntos de la lista de verificación de la aprobación seguían pendientes; figuran aquí tal como se registraron en el momento de la aprobación.|%n puntos de la lista de verificación de la aprobación seguían pendientes; figuran aquí tal como se registraron en el momento de la aprobación.</translation>
    </message>
    <message>
        <source>%n law or regulation is cited in the answers, listed with the commitments under which it is cited.|%n laws and regulations are cited in the answers, each listed once with the commitments under which it is cited.</source>
        <translation>En las respuestas se cita %n ley o reglamento, que figura junto con los compromisos en relación con los cuales se cita.|En las respuestas se citan %n de leyes y reglamentos; cada uno figura una sola vez, junto con los compromisos en relación con los cuales se cita.|En las respuestas se citan %n leyes y reglamentos; cada uno figura una sola vez, junto con los compromisos en relación con los cuales se cita.</translation>
    </message>
    <message>
        <source>The report was cleared by %1.</source>
        <translation>El informe fue aprobado por %1.</translation>
    </message>
    <message>
        <source>%n measure whose status or text differs between the %1 and %2 assessments.|%n measures whose status or text differ between the %1 and %2 assessments.</source>
        <translation>%n medida cuyo estado o texto difiere entre las evaluaciones de %1 y %2.|%n de medidas cuyo estado o texto difiere entre las evaluaciones de %1 y %2.|%n medidas cuyo estado o texto difiere entre las evaluaciones de %1 y %2.</translation>
    </message>
    <message>
        <source>The report was cleared on %1.</source>
        <translation>El informe fue aprobado el %1.</translation>
    </message>
    <message>
        <source>The report was cleared.</source>
        <translation>El informe fue aprobado.</translation>
    </message>
    <message>
        <source>%n file supports the answers. It is identified by its SHA-256 digest, which the submission package&apos;s manifest repeats, so a copy can be checked.|%n files support the answers. Each is identified by its SHA-256 digest, which the submission package&apos;s manifest repeats, so a copy can be checked.</source>
        <translation>%n archivo respalda las respuestas. Se identifica por su huella SHA-256, que se repite en el manifiesto del paquete de presentación, de modo que se puede verificar una copia.|%n de archivos respaldan las respuestas. Cada uno se identifica por su huella SHA-256, que se repite en el manifiesto del paquete de presentación, de modo que se puede verificar una copia.|%n archivos respaldan las respuestas. Cada uno se identifica por su huella SHA-256, que se repite en el manifiesto del paquete de presentación, de modo que se puede verificar una copia.</translation>
    </message>
    <message>
        <source>Transmitted by (name and title)</source>
        <translation>Transmitido por (nombre y cargo)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>%1 has assessed %2 of the %3 measures that the outcome documents ask States to take: %4; %5 are not yet assessed.</source>
        <translation>%1 ha evaluado %2 de las %3 medidas que los documentos finales piden a los Estados que adopten: %4; medidas aún no evaluadas: %5.</translation>
    </message>
    <message>
        <source>%1 has assessed %2 of the %3 measures that the outcome documents ask States to take: %4.</source>
        <translation>%1 ha evaluado %2 de las %3 medidas que los documentos finales piden a los Estados que adopten: %4.</translation>
    </message>
    <message>
        <source>For transmission</source>
        <translation>Para su transmisión</translation>
    </message>
    <message>
        <source>Assistance is needed for %n measure. By kind: %1. Annex A gives the text of the commitment and the assistance offered.|Assistance is needed for %n measures. By kind: %1. Annex A gives the text of each commitment and the assistance offered.</source>
        <translation>Se necesita asistencia para %n medida. Por tipo: %1. En el anexo A figuran el texto del compromiso y la asistencia ofrecida.|Se necesita asistencia para %n de medidas. Por tipo: %1. En el anexo A figuran el texto de cada compromiso y la asistencia ofrecida.|Se necesita asistencia para %n medidas. Por tipo: %1. En el anexo A figuran el texto de cada compromiso y la asistencia ofrecida.</translation>
    </message>
    <message>
        <source>Laws by area</source>
        <translation>Leyes por ámbito</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>National data</source>
        <translation>Datos nacionales</translation>
    </message>
    <message>
        <source>Concerns %1.</source>
        <translation>Compromisos a los que se refiere: %1.</translation>
    </message>
    <message>
        <source>Figures and facts the State reports once for the whole report; each measure they concern refers here.</source>
        <translation>Cifras y datos que el Estado comunica una sola vez para todo el informe; cada medida a la que se refieren remite aquí.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>No national data has been entered.</source>
        <translation>No se ha introducido ningún dato nacional.</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 de %2 (%3)</translation>
    </message>
    <message>
        <source>Proportion: %1</source>
        <translation>Proporción: %1</translation>
    </message>
    <message>
        <source>Yes. &lt;i&gt;Kinds:&lt;/i&gt; %1.</source>
        <translation>Sí. &lt;i&gt;Tipos:&lt;/i&gt; %1.</translation>
    </message>
    <message>
        <source>Yes.</source>
        <translation>Sí.</translation>
    </message>
    <message>
        <source>See National data: %1.</source>
        <translation>Véase “Datos nacionales”: %1.</translation>
    </message>
    <message>
        <source>Report data</source>
        <translation>Datos del informe</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;Target date:&lt;/i&gt; %1</source>
        <translation>&lt;i&gt;Fecha prevista:&lt;/i&gt; %1</translation>
    </message>
    <message>
        <source>No longer current: %1</source>
        <translation>Ya no vigente: %1</translation>
    </message>
    <message>
        <source>The measures in the order of UNODA’s reporting template</source>
        <translation>Las medidas en el orden de la plantilla de presentación de informes de la Oficina de Asuntos de Desarme</translation>
    </message>
    <message>
        <source>Each measure of the outcome documents is placed under one section of the template, with its citation; the answers are those of the rest of the report.</source>
        <translation>Cada medida de los documentos finales se ubica en una sección de la plantilla, con su referencia; las respuestas son las del resto del informe.</translation>
    </message>
    <message>
        <source>No measure of this section is shown.</source>
        <translation>No se muestra ninguna medida de esta sección.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Report fields</source>
        <translation>Campos del informe</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Changes since {cycle}</source>
        <translation>Cambios desde {cycle}</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Documentos justificativos</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Punto focal</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Format: {column}</source>
        <translation>Formato: {column}</translation>
    </message>
    <message>
        <source>Template answer</source>
        <translation>Respuesta según la plantilla</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Código de estado</translation>
    </message>
    <message>
        <source>Workbook format</source>
        <translation>Formato del libro de Excel</translation>
    </message>
    <message>
        <source>Application version</source>
        <translation>Versión de la aplicación</translation>
    </message>
    <message>
        <source>Catalog version</source>
        <translation>Versión del catálogo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>Código ISO</translation>
    </message>
    <message>
        <source>Reporting period start</source>
        <translation>Inicio del período que abarca el informe</translation>
    </message>
    <message>
        <source>Reporting period end</source>
        <translation>Fin del período que abarca el informe</translation>
    </message>
    <message>
        <source>Assessment status</source>
        <translation>Estado de la evaluación</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <source>Exported at (UTC)</source>
        <translation>Fecha y hora de exportación (UTC)</translation>
    </message>
    <message>
        <source>Answers SHA-256</source>
        <translation>SHA-256 de las respuestas</translation>
    </message>
    <message>
        <source>Measures assessed</source>
        <translation>Medidas evaluadas</translation>
    </message>
    <message>
        <source>Commitment ID</source>
        <translation>Identificador del compromiso</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Changed after export</source>
        <translation>Modificado después de la exportación</translation>
    </message>
    <message>
        <source>Not a readable national workbook</source>
        <translation>No es un libro de Excel nacional legible</translation>
    </message>
    <message>
        <source>African</source>
        <translation>África</translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation>Asia-Pacífico</translation>
    </message>
    <message>
        <source>Eastern European</source>
        <translation>Europa Oriental</translation>
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
        <translation>Grupo de los Estados de África</translation>
    </message>
    <message>
        <source>Asia-Pacific Group</source>
        <translation>Grupo de los Estados de Asia y el Pacífico</translation>
    </message>
    <message>
        <source>Eastern European Group</source>
        <translation>Grupo de los Estados de Europa Oriental</translation>
    </message>
    <message>
        <source>Latin American and Caribbean Group (GRULAC)</source>
        <translation>Grupo de los Estados de América Latina y el Caribe (GRULAC)</translation>
    </message>
    <message>
        <source>Western European and others Group (WEOG)</source>
        <translation>Grupo de los Estados de Europa Occidental y otros Estados (WEOG)</translation>
    </message>
    <message>
        <source>No UN regional group</source>
        <translation>Sin grupo regional de las Naciones Unidas</translation>
    </message>
    <message>
        <source>By measure</source>
        <translation>Por medida</translation>
    </message>
    <message>
        <source>By State</source>
        <translation>Por Estado</translation>
    </message>
    <message>
        <source>By theme and region</source>
        <translation>Por tema y región</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>States reporting</source>
        <translation>Estados que presentaron informes</translation>
    </message>
    <message>
        <source>UN regional group</source>
        <translation>Grupo regional de las Naciones Unidas</translation>
    </message>
    <message>
        <source>Theme ID</source>
        <translation>Identificador del tema</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Kinds named in the offer</source>
        <translation>Tipos indicados en la oferta</translation>
    </message>
    <message>
        <source>Offered on the same measure by</source>
        <translation>Ofrecida para la misma medida por</translation>
    </message>
    <message>
        <source>Offered on a measure of the same theme by</source>
        <translation>Ofrecida para una medida del mismo tema por</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contabilizado</translation>
    </message>
    <message>
        <source>Not counted: the same State and cycle again</source>
        <translation>No contabilizado: mismo Estado y mismo ciclo que otro archivo</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>No utilizado</translation>
    </message>
    <message>
        <source>Kind not said</source>
        <translation>Tipo no especificado</translation>
    </message>
    <message>
        <source>National reports on the PoA and ITI: analysis</source>
        <translation>Informes nacionales sobre el Programa de Acción y el Instrumento Internacional de Localización: análisis</translation>
    </message>
    <message>
        <source>Implementation by document section</source>
        <translation>Aplicación por sección del documento</translation>
    </message>
    <message>
        <source>Implementation by UN regional group</source>
        <translation>Aplicación por grupo regional de las Naciones Unidas</translation>
    </message>
    <message>
        <source>The least implemented measures</source>
        <translation>Las medidas menos aplicadas</translation>
    </message>
    <message>
        <source>The measures the fewest States implement, as a share of the States that gave them a status other than Not applicable.</source>
        <translation>Las medidas que aplica la menor proporción de Estados, calculada sobre los Estados que les asignaron un estado distinto de «No se aplica».</translation>
    </message>
    <message>
        <source>Assistance: needs and offers</source>
        <translation>Asistencia: necesidades y ofertas</translation>
    </message>
    <message>
        <source>A need is met on the same measure when another State offers assistance on that measure, on the same theme when it offers assistance on a measure sharing one of its themes; an offer that names no kind of assistance is taken to offer any.</source>
        <translation>Una necesidad se considera cubierta para la misma medida cuando otro Estado ofrece asistencia para esa medida, y para el mismo tema cuando la ofrece para una medida que comparte alguno de sus temas; se considera que una oferta que no indica ningún tipo de asistencia abarca todos los tipos.</translation>
    </message>
    <message>
        <source>By kind of assistance</source>
        <translation>Por tipo de asistencia</translation>
    </message>
    <message>
        <source>By theme</source>
        <translation>Por tema</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <source>States needing</source>
        <translation>Estados que necesitan asistencia</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Ofertas</translation>
    </message>
    <message>
        <source>States offering</source>
        <translation>Estados que ofrecen asistencia</translation>
    </message>
    <message>
        <source>Met on the same measure</source>
        <translation>Cubiertas para la misma medida</translation>
    </message>
    <message>
        <source>Met on the measure or theme</source>
        <translation>Cubiertas para la medida o el tema</translation>
    </message>
    <message>
        <source>Implemented (share)</source>
        <translation>Aplicado (proporción)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Kind of assistance</source>
        <translation>Tipo de asistencia</translation>
    </message>
    <message>
        <source>Files not counted</source>
        <translation>Archivos no contabilizados</translation>
    </message>
    <message>
        <source>National reports counted: %1, of %2 States, from %3 files read. Cycles: %4. Catalog version: %5.</source>
        <translation>Informes nacionales contabilizados: %1 (Estados: %2; archivos leídos: %3). Ciclos: %4. Versión del catálogo: %5.</translation>
    </message>
    <message>
        <source>Files not counted: %1. They are listed at the end, with the reason.</source>
        <translation>Archivos no contabilizados: %1. Se enumeran al final, con el motivo.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Commitment text</source>
        <translation>Texto del compromiso</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Field ID</source>
        <translation>Identificador del campo</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Title or role</source>
        <translation>Cargo o función</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>Campos modificados</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo de archivo</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Tamaño (bytes)</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added (UTC)</source>
        <translation>Fecha y hora en que se añadió (UTC)</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Añadido por</translation>
    </message>
    <message>
        <source>Stable id of the paragraph (BMS8-29, RC3-II-21); the key of each row.</source>
        <translation>Identificador estable del párrafo (BMS8-29, RC3-II-21); es la clave de cada fila.</translation>
    </message>
    <message>
        <source>{statuses}, or empty: not assessed.</source>
        <translation>{statuses}, o en blanco: sin evaluar.</translation>
    </message>
    <message>
        <source>The status in the words of UNODA&apos;s national report template: {template}; empty: not assessed. Written by the application from the Status column.</source>
        <translation>El estado según la plantilla de informe nacional de la Oficina de Asuntos de Desarme: {template}; en blanco: sin evaluar. Lo escribe la aplicación a partir de la columna “Estado”.</translation>
    </message>
    <message>
        <source>The status as a code, the same in every language: implemented, developing, not_implemented, not_applicable; empty: not assessed. Written by the application; when the workbook comes back, the Status column is what counts.</source>
        <translation>El estado en forma de código, igual en todos los idiomas: implemented, developing, not_implemented, not_applicable; en blanco: sin evaluar. Lo escribe la aplicación; cuando el libro de Excel se vuelve a importar, lo que cuenta es la columna “Estado”.</translation>
    </message>
    <message>
        <source>One law per line: original title | English title | year | link | area | what it provides; the area is one of {areas}. Inside a value write \| for a vertical bar, \\ for a backslash, \n for a line break.</source>
        <translation>Una ley por línea: título original | título en inglés | año | enlace | ámbito | qué establece; el ámbito es uno de: {areas}. Dentro de un valor, escriba \| para una barra vertical, \\ para una barra invertida y \n para un salto de línea.</translation>
    </message>
    <message>
        <source>One agency per line.</source>
        <translation>Un organismo por línea.</translation>
    </message>
    <message>
        <source>{yes} or {no}.</source>
        <translation>{yes} o {no}.</translation>
    </message>
    <message>
        <source>Any of {kinds}; separated by commas.</source>
        <translation>Uno o varios de los siguientes: {kinds}; separados por comas.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD.</source>
        <translation>YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>When the answer was last saved, ISO 8601 in UTC (YYYY-MM-DDTHH:MM:SSZ).</source>
        <translation>Fecha y hora en que se guardó la respuesta por última vez, en formato ISO 8601 y en UTC (YYYY-MM-DDTHH:MM:SSZ).</translation>
    </message>
    <message>
        <source>Where the answer came from: {sources}.</source>
        <translation>Origen de la respuesta: {sources}.</translation>
    </message>
    <message>
        <source>One row per commitment and field; a field repeats under each commitment.</source>
        <translation>Una fila por compromiso y campo; un mismo campo se repite en cada compromiso.</translation>
    </message>
    <message>
        <source>SHA-256 of the answers&apos; content as canonical JSON, by commitment id.</source>
        <translation>SHA-256 del contenido de las respuestas en JSON canónico, por identificador de compromiso.</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protección</translation>
    </message>
    <message>
        <source>Ids and texts are locked, answers editable. No password: Review &gt; Unprotect Sheet.</source>
        <translation>Los identificadores y los textos están bloqueados; las respuestas se pueden editar. Sin contraseña: “Revisar &gt; Desproteger hoja”.</translation>
    </message>
    <message>
        <source>Voluntary national report to UNODA</source>
        <translation>Informe nacional voluntario presentado a la Oficina de Asuntos de Desarme</translation>
    </message>
    <message>
        <source>Yes or No</source>
        <translation>Sí o No</translation>
    </message>
    <message>
        <source>{state}: national report on the PoA and ITI, {cycle}</source>
        <translation>{state}: informe nacional sobre el Programa de Acción y el Instrumento Internacional de Localización, {cycle}</translation>
    </message>
    <message>
        <source>Choose one of: {values}; or leave the cell empty.</source>
        <translation>Elija uno de los siguientes valores: {values}; o deje la celda vacía.</translation>
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
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>%1 measures and %2 paragraphs shown for reference</source>
        <translation>%1 medidas y %2 párrafos que se muestran como referencia</translation>
    </message>
    <message>
        <source>%1 measures</source>
        <translation>%1 medidas</translation>
    </message>
    <message>
        <source>%1 paragraphs shown for reference, none assessed</source>
        <translation>%1 párrafos que se muestran como referencia, ninguno se evalúa</translation>
    </message>
    <message>
        <source>%1 is the outcome document %2 (%3)</source>
        <translation>%1 designa el documento final %2 (%3)</translation>
    </message>
    <message>
        <source>Section %1 of the %2 outcome (%3): %4</source>
        <translation>Sección %1 del documento final %2 (%3): %4</translation>
    </message>
    <message>
        <source>The %1 of the %2 outcome (%3): %4</source>
        <translation>%1 del documento final %2 (%3): %4</translation>
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
        <translation>Sección</translation>
    </message>
    <message>
        <source>&amp;Paragraphs (Enter opens one):</source>
        <translation>&amp;Párrafos (Intro abre uno):</translation>
    </message>
    <message>
        <source>Paragraphs under this heading</source>
        <translation>Párrafos bajo este encabezado</translation>
    </message>
    <message>
        <source>What the short code of the progress figures means</source>
        <translation>Significado del código abreviado de las cifras de progreso</translation>
    </message>
    <message>
        <source>%1 of %2 measures assessed (%3)</source>
        <translation>%1 de %2 medidas evaluadas (%3)</translation>
    </message>
    <message>
        <source>No measure to assess here: the paragraphs are shown for reference.</source>
        <translation>No hay ninguna medida que evaluar aquí: los párrafos se muestran como referencia.</translation>
    </message>
    <message>
        <source>shown for reference, not assessed</source>
        <translation>se muestra como referencia, no se evalúa</translation>
    </message>
</context>
<context>
    <name>SourceViewer</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>%1 — source text</source>
        <translation>%1 — texto de origen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No se encontró</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>Documento de origen</translation>
    </message>
    <message>
        <source>Which document this is</source>
        <translation>Qué documento es este</translation>
    </message>
    <message>
        <source>&amp;Find in the text:</source>
        <translation>&amp;Buscar en el texto:</translation>
    </message>
    <message>
        <source>Find in the text</source>
        <translation>Buscar en el texto</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Text of the outcome document</source>
        <translation>Texto del documento final</translation>
    </message>
</context>
<context>
    <name>StatusChart</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>Aún no hay nada que mostrar</translation>
    </message>
    <message>
        <source>Share of measures by status</source>
        <translation>Proporción de medidas por estado</translation>
    </message>
    <message>
        <source>%1: %2 of %3 measures %4 (%5%)</source>
        <translation>%1: %2 de %3 medidas con el estado “%4” (%5%)</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <source>Implemented</source>
        <translation>Aplicado</translation>
    </message>
    <message>
        <source>Developing</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>No aplicado</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No se aplica</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>Aún no evaluado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Medidas adoptadas</translation>
    </message>
    <message>
        <source>Laws and regulations</source>
        <translation>Leyes y reglamentos</translation>
    </message>
    <message>
        <source>Responsible agencies</source>
        <translation>Organismos responsables</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Dificultades</translation>
    </message>
    <message>
        <source>Assistance needed</source>
        <translation>Asistencia necesaria</translation>
    </message>
    <message>
        <source>Assistance kinds</source>
        <translation>Tipos de asistencia</translation>
    </message>
    <message>
        <source>Assistance description</source>
        <translation>Descripción de la asistencia</translation>
    </message>
    <message>
        <source>Assistance offered</source>
        <translation>Asistencia ofrecida</translation>
    </message>
    <message>
        <source>National target</source>
        <translation>Meta nacional</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <source>Paragraph reference</source>
        <translation>Referencia del párrafo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Antes de una importación</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <source>Before removing an evidence file</source>
        <translation>Antes de quitar un documento justificativo</translation>
    </message>
    <message>
        <source>Taken on request</source>
        <translation>A petición</translation>
    </message>
    <message>
        <source>The damaged file, kept aside (not a backup)</source>
        <translation>El archivo dañado, apartado (no es una copia de seguridad)</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>introducida</translation>
    </message>
    <message>
        <source>carried forward</source>
        <translation>trasladada</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importada</translation>
    </message>
    <message>
        <source>contributed</source>
        <translation>aportada por un organismo</translation>
    </message>
    <message>
        <source>National coordination</source>
        <translation>Coordinación nacional</translation>
    </message>
    <message>
        <source>Stockpile management</source>
        <translation>Gestión de existencias</translation>
    </message>
    <message>
        <source>Disposal and destruction</source>
        <translation>Eliminación y destrucción</translation>
    </message>
    <message>
        <source>Transfer controls</source>
        <translation>Control de las transferencias</translation>
    </message>
    <message>
        <source>Diversion</source>
        <translation>Desvío</translation>
    </message>
    <message>
        <source>Brokering</source>
        <translation>Intermediación</translation>
    </message>
    <message>
        <source>Production and manufacture</source>
        <translation>Producción y fabricación</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Transit and trans-shipment</source>
        <translation>Tránsito y transbordo</translation>
    </message>
    <message>
        <source>Retransfer</source>
        <translation>Retransferencia</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Marcaje</translation>
    </message>
    <message>
        <source>Record-keeping</source>
        <translation>Mantenimiento de registros</translation>
    </message>
    <message>
        <source>Possession and use</source>
        <translation>Tenencia y uso</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Tracing</source>
        <translation>Localización</translation>
    </message>
    <message>
        <source>Manufacturing and new technologies</source>
        <translation>Fabricación y nuevas tecnologías</translation>
    </message>
    <message>
        <source>Deactivation and conversion</source>
        <translation>Desactivación y conversión</translation>
    </message>
    <message>
        <source>Online trade</source>
        <translation>Comercio en línea</translation>
    </message>
    <message>
        <source>Border and customs</source>
        <translation>Fronteras y aduanas</translation>
    </message>
    <message>
        <source>Conflict and post-conflict</source>
        <translation>Conflicto y posconflicto</translation>
    </message>
    <message>
        <source>Arms embargoes</source>
        <translation>Embargos de armas</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Juventud</translation>
    </message>
    <message>
        <source>SDG 16.4</source>
        <translation>ODS 16.4</translation>
    </message>
    <message>
        <source>Cooperation and assistance</source>
        <translation>Cooperación y asistencia</translation>
    </message>
    <message>
        <source>Information exchange</source>
        <translation>Intercambio de información</translation>
    </message>
    <message>
        <source>Reporting and transparency</source>
        <translation>Presentación de informes y transparencia</translation>
    </message>
    <message>
        <source>Regional cooperation</source>
        <translation>Cooperación regional</translation>
    </message>
    <message>
        <source>Terrorism and crime</source>
        <translation>Terrorismo y delincuencia</translation>
    </message>
    <message>
        <source>Ammunition</source>
        <translation>Municiones</translation>
    </message>
    <message>
        <source>Civil society and industry</source>
        <translation>Sociedad civil e industria</translation>
    </message>
    <message>
        <source>Culture of peace</source>
        <translation>Cultura de paz</translation>
    </message>
    <message>
        <source>Follow-up and meetings</source>
        <translation>Seguimiento y reuniones</translation>
    </message>
    <message>
        <source>All States</source>
        <translation>Todos los Estados</translation>
    </message>
    <message>
        <source>States in a position to do so</source>
        <translation>Estados que estén en condiciones de hacerlo</translation>
    </message>
    <message>
        <source>States requesting or receiving assistance</source>
        <translation>Estados que solicitan o reciben asistencia</translation>
    </message>
    <message>
        <source>States emerging from or affected by conflict</source>
        <translation>Estados que salen de un conflicto o están afectados por él</translation>
    </message>
    <message>
        <source>States applying the Programme of Action to ammunition</source>
        <translation>Estados que aplican el Programa de Acción a las municiones</translation>
    </message>
    <message>
        <source>Regional and subregional organizations</source>
        <translation>Organizaciones regionales y subregionales</translation>
    </message>
    <message>
        <source>International organizations</source>
        <translation>Organizaciones internacionales</translation>
    </message>
    <message>
        <source>United Nations Secretariat</source>
        <translation>Secretaría de las Naciones Unidas</translation>
    </message>
    <message>
        <source>Security Council and mandating bodies</source>
        <translation>Consejo de Seguridad y órganos que otorgan mandatos</translation>
    </message>
    <message>
        <source>Industry and the private sector</source>
        <translation>Industria y sector privado</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Sociedad civil</translation>
    </message>
    <message>
        <source>The meeting of States</source>
        <translation>Reunión de los Estados</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Nacional</translation>
    </message>
    <message>
        <source>Regional and subregional</source>
        <translation>Regional y subregional</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Mundial</translation>
    </message>
    <message>
        <source>International (between States and with organizations)</source>
        <translation>Internacional (entre Estados y con organizaciones)</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Financiera</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Técnica</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Jurídica</translation>
    </message>
    <message>
        <source>Manufacture and marking</source>
        <translation>Fabricación y marcaje</translation>
    </message>
    <message>
        <source>Stockpile management and surplus</source>
        <translation>Gestión de existencias y excedentes</translation>
    </message>
    <message>
        <source>Transfer controls and brokering</source>
        <translation>Control de las transferencias e intermediación</translation>
    </message>
    <message>
        <source>International cooperation and assistance</source>
        <translation>Cooperación y asistencia internacionales</translation>
    </message>
    <message>
        <source>SDG 16.4.2</source>
        <translation>ODS 16.4.2</translation>
    </message>
    <message>
        <source>Other commitments</source>
        <translation>Otros compromisos</translation>
    </message>
    <message>
        <source>SDG indicator 16.4.2: seized, found or surrendered arms</source>
        <translation>Indicador 16.4.2 de los ODS: armas incautadas, encontradas o entregadas</translation>
    </message>
    <message>
        <source>Small arms and light weapons seized, found or surrendered during the reporting period, and how many of them had their illicit origin or context traced or established by a competent authority in line with international instruments.</source>
        <translation>Armas pequeñas y armas ligeras incautadas, encontradas o entregadas durante el período que abarca el informe, y cuántas de ellas tienen un origen o contexto ilícitos determinados o establecidos por una autoridad competente, de conformidad con los instrumentos internacionales.</translation>
    </message>
    <message>
        <source>Year the figures cover</source>
        <translation>Año al que corresponden las cifras</translation>
    </message>
    <message>
        <source>The calendar year of the seizures, finds and surrenders counted below.</source>
        <translation>Año civil de las incautaciones, hallazgos y entregas que se contabilizan a continuación.</translation>
    </message>
    <message>
        <source>Arms seized</source>
        <translation>Armas incautadas</translation>
    </message>
    <message>
        <source>Weapons taken into custody by a competent authority, for example in a search, at a border or in an investigation.</source>
        <translation>Armas puestas bajo custodia por una autoridad competente, por ejemplo en un registro, en una frontera o en una investigación.</translation>
    </message>
    <message>
        <source>weapons</source>
        <translation>armas</translation>
    </message>
    <message>
        <source>Arms found</source>
        <translation>Armas encontradas</translation>
    </message>
    <message>
        <source>Weapons found without a known holder, for example in caches or abandoned.</source>
        <translation>Armas encontradas sin un poseedor conocido, por ejemplo en depósitos ocultos o abandonadas.</translation>
    </message>
    <message>
        <source>Arms surrendered</source>
        <translation>Armas entregadas</translation>
    </message>
    <message>
        <source>Weapons handed in voluntarily, for example in collection or amnesty programmes.</source>
        <translation>Armas entregadas voluntariamente, por ejemplo en programas de recogida o de amnistía.</translation>
    </message>
    <message>
        <source>Of which illicit origin or context traced or established</source>
        <translation>De ellas, con origen o contexto ilícitos determinados o establecidos</translation>
    </message>
    <message>
        <source>Of the weapons above, those whose illicit origin or context was traced or established by a competent authority.</source>
        <translation>De las armas anteriores, aquellas cuyo origen o contexto ilícitos fueron determinados o establecidos por una autoridad competente.</translation>
    </message>
    <message>
        <source>Arms traced ({left}) cannot exceed the arms seized, found and surrendered ({right}).</source>
        <translation>Las armas cuyo origen se determinó ({left}) no pueden superar el total de armas incautadas, encontradas y entregadas ({right}).</translation>
    </message>
    <message>
        <source>Tracing requests</source>
        <translation>Solicitudes de localización</translation>
    </message>
    <message>
        <source>Requests to trace illicit small arms and light weapons under the International Tracing Instrument during the reporting period.</source>
        <translation>Solicitudes de localización de armas pequeñas y armas ligeras ilícitas en el marco del Instrumento Internacional de Localización durante el período que abarca el informe.</translation>
    </message>
    <message>
        <source>The calendar year of the tracing requests counted below.</source>
        <translation>Año civil de las solicitudes de localización que se contabilizan a continuación.</translation>
    </message>
    <message>
        <source>Tracing requests sent to other States</source>
        <translation>Solicitudes de localización enviadas a otros Estados</translation>
    </message>
    <message>
        <source>Requests your authorities sent to other States or through INTERPOL.</source>
        <translation>Solicitudes que sus autoridades enviaron a otros Estados o por conducto de INTERPOL.</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>solicitudes</translation>
    </message>
    <message>
        <source>Tracing requests received from other States</source>
        <translation>Solicitudes de localización recibidas de otros Estados</translation>
    </message>
    <message>
        <source>Requests other States sent to your authorities.</source>
        <translation>Solicitudes que otros Estados enviaron a sus autoridades.</translation>
    </message>
    <message>
        <source>Received requests answered</source>
        <translation>Solicitudes recibidas que se respondieron</translation>
    </message>
    <message>
        <source>Of the requests received, those your authorities answered.</source>
        <translation>De las solicitudes recibidas, las que sus autoridades respondieron.</translation>
    </message>
    <message>
        <source>Requests answered ({left}) cannot exceed requests received ({right}).</source>
        <translation>Las solicitudes respondidas ({left}) no pueden superar las solicitudes recibidas ({right}).</translation>
    </message>
    <message>
        <source>Surplus and collected weapons destroyed</source>
        <translation>Armas excedentarias y recogidas destruidas</translation>
    </message>
    <message>
        <source>Surplus, seized and collected small arms and light weapons destroyed during the reporting period: how many, in which year, how, and of what kinds.</source>
        <translation>Armas pequeñas y armas ligeras excedentarias, incautadas y recogidas que se destruyeron durante el período que abarca el informe: cuántas, en qué año, de qué manera y de qué tipos.</translation>
    </message>
    <message>
        <source>What was diverted, and how</source>
        <translation>Qué se desvió y cómo</translation>
    </message>
    <message>
        <source>A short account: kinds of weapons, the point in the chain of custody where they were lost, and the measures taken.</source>
        <translation>Una breve descripción: tipos de armas, punto de la cadena de custodia en que se perdieron y medidas adoptadas.</translation>
    </message>
    <message>
        <source>Assistance received</source>
        <translation>Asistencia recibida</translation>
    </message>
    <message>
        <source>International cooperation and assistance the State received during the reporting period, from States, regional or international organizations, or civil society.</source>
        <translation>Cooperación y asistencia internacionales que el Estado recibió durante el período que abarca el informe, de Estados, organizaciones regionales o internacionales o la sociedad civil.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Asociados</translation>
    </message>
    <message>
        <source>Who provided the assistance: States, organizations, programmes.</source>
        <translation>Quién prestó la asistencia: Estados, organizaciones, programas.</translation>
    </message>
    <message>
        <source>What the assistance supported</source>
        <translation>Ámbitos que apoyó la asistencia</translation>
    </message>
    <message>
        <source>For example marking machines, stockpile security, training of customs officers.</source>
        <translation>Por ejemplo, máquinas de marcaje, seguridad de las existencias, capacitación de funcionarios de aduanas.</translation>
    </message>
    <message>
        <source>Amount received in the period</source>
        <translation>Monto recibido en el período</translation>
    </message>
    <message>
        <source>The total value in United States dollars, if known.</source>
        <translation>El valor total en dólares de los Estados Unidos, si se conoce.</translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation>dólares de los Estados Unidos</translation>
    </message>
    <message>
        <source>National point of contact</source>
        <translation>Punto de contacto nacional</translation>
    </message>
    <message>
        <source>The national point of contact that acts as liaison with other States on all matters relating to the implementation of the Programme of Action.</source>
        <translation>El punto de contacto nacional que actúa de enlace con otros Estados en todas las cuestiones relacionadas con la aplicación del Programa de Acción.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Name of the person or office designated as national point of contact.</source>
        <translation>Nombre de la persona o de la oficina designada como punto de contacto nacional.</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <source>Ministry or agency where the point of contact sits.</source>
        <translation>Ministerio u organismo al que pertenece el punto de contacto.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>An address that is read, preferably a functional mailbox.</source>
        <translation>Una dirección que se consulte, preferiblemente un buzón institucional.</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>In international format, for example +41 22 917 1234.</source>
        <translation>En formato internacional, por ejemplo +41 22 917 1234.</translation>
    </message>
    <message>
        <source>ITI point of contact</source>
        <translation>Punto de contacto para el Instrumento Internacional de Localización</translation>
    </message>
    <message>
        <source>The national point or points of contact the International Tracing Instrument (paragraph 25) asks each State to designate to exchange information and act as liaison on tracing; often the same office as the Programme of Action&apos;s.</source>
        <translation>El punto o los puntos de contacto nacionales que el Instrumento Internacional de Localización (párrafo 25) pide a cada Estado que designe para intercambiar información y actuar de enlace en materia de localización; a menudo se trata de la misma oficina que la del Programa de Acción.</translation>
    </message>
    <message>
        <source>Name of the person or office designated as ITI point of contact.</source>
        <translation>Nombre de la persona o de la oficina designada como punto de contacto para el Instrumento Internacional de Localización.</translation>
    </message>
    <message>
        <source>Ministry or agency where the ITI point of contact sits.</source>
        <translation>Ministerio u organismo al que pertenece el punto de contacto para el Instrumento Internacional de Localización.</translation>
    </message>
    <message>
        <source>National coordination body</source>
        <translation>Órgano nacional de coordinación</translation>
    </message>
    <message>
        <source>The national commission, coordination mechanism or similar body on small arms and light weapons, and the women and men who sit on it.</source>
        <translation>La comisión nacional, el mecanismo de coordinación u otro órgano similar sobre armas pequeñas y armas ligeras, y las mujeres y los hombres que lo integran.</translation>
    </message>
    <message>
        <source>A national coordination body exists</source>
        <translation>Existe un órgano nacional de coordinación</translation>
    </message>
    <message>
        <source>Yes if a national commission or similar body coordinates implementation.</source>
        <translation>Sí, si una comisión nacional u otro órgano similar coordina la aplicación.</translation>
    </message>
    <message>
        <source>Name of the body</source>
        <translation>Nombre del órgano</translation>
    </message>
    <message>
        <source>Its official name, for example National Commission on Small Arms and Light Weapons.</source>
        <translation>Su nombre oficial, por ejemplo, Comisión Nacional sobre Armas Pequeñas y Armas Ligeras.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Postal address of its secretariat.</source>
        <translation>Dirección postal de su secretaría.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>A person, office, email or telephone through which the body is reached.</source>
        <translation>Una persona, oficina, dirección de correo electrónico o teléfono a través de los cuales se puede contactar con el órgano.</translation>
    </message>
    <message>
        <source>Members who are women</source>
        <translation>Integrantes mujeres</translation>
    </message>
    <message>
        <source>Number of members of the body who are women.</source>
        <translation>Número de mujeres que integran el órgano.</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>Members who are men</source>
        <translation>Integrantes hombres</translation>
    </message>
    <message>
        <source>Number of members of the body who are men.</source>
        <translation>Número de hombres que integran el órgano.</translation>
    </message>
    <message>
        <source>National action plan</source>
        <translation>Plan de acción nacional</translation>
    </message>
    <message>
        <source>The body&apos;s name, address, contact and members are given only when a coordination body exists: answer Yes to the first question or clear them.</source>
        <translation>El nombre, la dirección, el contacto y los integrantes del órgano solo se indican si existe un órgano de coordinación: responda Sí a la primera pregunta o bórrelos.</translation>
    </message>
    <message>
        <source>A national action plan or other national policy instrument on small arms and light weapons.</source>
        <translation>Un plan de acción nacional u otro instrumento nacional de política sobre armas pequeñas y armas ligeras.</translation>
    </message>
    <message>
        <source>A national action plan exists</source>
        <translation>Existe un plan de acción nacional</translation>
    </message>
    <message>
        <source>Yes if a national action plan or other national policy instrument has been adopted.</source>
        <translation>Sí, si se ha aprobado un plan de acción nacional u otro instrumento nacional de política.</translation>
    </message>
    <message>
        <source>Year adopted</source>
        <translation>Año de aprobación</translation>
    </message>
    <message>
        <source>The year the current plan was adopted.</source>
        <translation>Año en que se aprobó el plan vigente.</translation>
    </message>
    <message>
        <source>Period covered: from</source>
        <translation>Período abarcado: desde</translation>
    </message>
    <message>
        <source>First year the plan covers.</source>
        <translation>Primer año que abarca el plan.</translation>
    </message>
    <message>
        <source>Period covered: to</source>
        <translation>Período abarcado: hasta</translation>
    </message>
    <message>
        <source>Last year the plan covers.</source>
        <translation>Último año que abarca el plan.</translation>
    </message>
    <message>
        <source>A year or period is given only when a plan exists: answer Yes to the first question or clear the years.</source>
        <translation>Solo se indica un año o un período si existe un plan: responda Sí a la primera pregunta o borre los años.</translation>
    </message>
    <message>
        <source>The period cannot end ({right}) before it starts ({left}).</source>
        <translation>El período no puede terminar ({right}) antes de comenzar ({left}).</translation>
    </message>
    <message>
        <source>Surplus weapons destroyed in the period</source>
        <translation>Armas excedentarias destruidas en el período</translation>
    </message>
    <message>
        <source>Weapons declared surplus and destroyed during the reporting period.</source>
        <translation>Armas declaradas excedentarias y destruidas durante el período que abarca el informe.</translation>
    </message>
    <message>
        <source>Seized or collected weapons destroyed in the period</source>
        <translation>Armas incautadas o recogidas destruidas en el período</translation>
    </message>
    <message>
        <source>Weapons seized, found or collected (for example in a collection programme) and destroyed during the reporting period.</source>
        <translation>Armas incautadas, encontradas o recogidas (por ejemplo, en un programa de recogida) y destruidas durante el período que abarca el informe.</translation>
    </message>
    <message>
        <source>Year of the latest destruction</source>
        <translation>Año de la destrucción más reciente</translation>
    </message>
    <message>
        <source>The year of the most recent destruction counted above.</source>
        <translation>Año de la destrucción más reciente de las contabilizadas arriba.</translation>
    </message>
    <message>
        <source>Destruction method</source>
        <translation>Método de destrucción</translation>
    </message>
    <message>
        <source>For example cutting, crushing, melting or burning, and who witnessed it.</source>
        <translation>Por ejemplo, corte, trituración, fundición o quema, y quién fue testigo.</translation>
    </message>
    <message>
        <source>Categories destroyed</source>
        <translation>Categorías destruidas</translation>
    </message>
    <message>
        <source>For example pistols, rifles, light machine guns, ammunition.</source>
        <translation>Por ejemplo, pistolas, fusiles, ametralladoras ligeras, municiones.</translation>
    </message>
    <message>
        <source>Diversion incidents</source>
        <translation>Casos de desvío</translation>
    </message>
    <message>
        <source>Incidents of diversion of small arms and light weapons recorded by national authorities during the reporting period.</source>
        <translation>Casos de desvío de armas pequeñas y armas ligeras registrados por las autoridades nacionales durante el período que abarca el informe.</translation>
    </message>
    <message>
        <source>Diversion incidents recorded in the period</source>
        <translation>Casos de desvío registrados en el período</translation>
    </message>
    <message>
        <source>Cases in which weapons left the legal chain of custody (loss, theft, unauthorized transfer) and were recorded by a national authority.</source>
        <translation>Casos en que las armas salieron de la cadena legal de custodia (pérdida, robo, transferencia no autorizada) y fueron registrados por una autoridad nacional.</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>casos</translation>
    </message>
    <message>
        <source>All measures</source>
        <translation>Todas las medidas</translation>
    </message>
</context>
<context>
    <name>UnsavedWork</name>
    <message>
        <source>%1: everything else you typed is saved, but %2 could not be saved yet:
%3

What you typed is kept as a draft and shown again, marked, when you come back to %1.</source>
        <translation>%1: se guardó todo lo demás que usted escribió, pero aún no se pudo guardar %2:
%3

Lo que escribió se conserva como borrador y se volverá a mostrar, marcado, cuando vuelva a %1.</translation>
    </message>
    <message>
        <source>• a value that is not a number</source>
        <translation>• un valor que no es un número</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <source>Some values could not be saved yet and are kept as drafts:

%1

They are shown again, marked, when you open these measures. Close now?</source>
        <translation>Algunos valores aún no se pudieron guardar y se conservan como borradores:

%1

Se volverán a mostrar, marcados, cuando abra esas medidas. ¿Cerrar ahora?</translation>
    </message>
    <message>
        <source>The saved version is shown.</source>
        <translation>Se muestra la versión guardada.</translation>
    </message>
    <message>
        <source>Your version is kept as a draft; open the measure to choose.</source>
        <translation>Su versión se conserva como borrador; abra la medida para elegir.</translation>
    </message>
    <message>
        <source>Kept as a draft</source>
        <translation>Conservado como borrador</translation>
    </message>
    <message>
        <source>Values kept as drafts</source>
        <translation>Valores conservados como borradores</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a report package</source>
        <translation>Verificar un paquete de presentación</translation>
    </message>
    <message>
        <source>%1 is intact: its %2 files are exactly as they were written.</source>
        <translation>El paquete %1 está intacto: sus %2 archivos están exactamente como se generaron.</translation>
    </message>
    <message>
        <source>%1 is NOT intact. The first difference: %2</source>
        <translation>El paquete %1 NO está intacto. Primera diferencia: %2</translation>
    </message>
    <message>
        <source>Report packages (*.zip)</source>
        <translation>Paquetes de presentación (*.zip)</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Nueva evaluación</translation>
    </message>
    <message>
        <source>C&amp;reate assessment</source>
        <translation>&amp;Crear evaluación</translation>
    </message>
    <message>
        <source>State profile</source>
        <translation>Perfil del Estado</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Punto focal</translation>
    </message>
    <message>
        <source>Type to search, e.g. Kenya</source>
        <translation>Escriba para buscar, p. ej., Kenia</translation>
    </message>
    <message>
        <source>Filled in from the list of UN Member and observer States.</source>
        <translation>Se completa a partir de la lista de Estados Miembros y Estados observadores de las Naciones Unidas.</translation>
    </message>
    <message>
        <source>For a State not on the list, type its three-letter code, e.g. KEN for Kenya.</source>
        <translation>Si el Estado no figura en la lista, escriba su código de tres letras, p. ej., KEN para Kenya.</translation>
    </message>
    <message>
        <source>No agencies yet. Choose Add agency for each one that contributes, such as the police, customs, defence, justice, the arms licensing authority, the national statistics office and women&apos;s affairs.</source>
        <translation>Aún no hay organismos. Elija Añadir organismo para cada uno que contribuya, como la policía, las aduanas, la defensa, la justicia, la autoridad que expide las licencias de armas, la oficina nacional de estadística y el organismo encargado de los asuntos de la mujer.</translation>
    </message>
    <message>
        <source>Start the assessment of %1 for another reporting cycle.</source>
        <translation>Inicie la evaluación de %1 para otro ciclo de presentación de informes.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>Welcome to poa-desktop</source>
        <translation>Le damos la bienvenida a poa-desktop</translation>
    </message>
    <message>
        <source>poa-desktop helps you assess how far your State has implemented its commitments under the UN Programme of Action on small arms and light weapons and the International Tracing Instrument, and prepare the national report; everything stays on this computer. To begin, say which State you report for, who the national focal point is and which agencies contribute, then name the reporting cycle.</source>
        <translation>poa-desktop le ayuda a evaluar en qué medida su Estado ha aplicado los compromisos que asumió en el marco del Programa de Acción de las Naciones Unidas sobre armas pequeñas y armas ligeras y del Instrumento Internacional de Localización, y a preparar el informe nacional; todo permanece en este equipo. Para empezar, indique en nombre de qué Estado presenta el informe, quién es el punto focal nacional y qué organismos contribuyen, y luego asigne un nombre al ciclo de presentación de informes.</translation>
    </message>
    <message>
        <source>Your State</source>
        <translation>Su Estado</translation>
    </message>
    <message>
        <source>This database holds the assessments of one State. Type part of its name and choose it from the list.</source>
        <translation>Esta base de datos contiene las evaluaciones de un solo Estado. Escriba parte de su nombre y elíjalo de la lista.</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;ISO 3166 code:</source>
        <translation>Código &amp;ISO 3166:</translation>
    </message>
    <message>
        <source>ISO 3166 alpha-3 code</source>
        <translation>Código ISO 3166 alfa-3</translation>
    </message>
    <message>
        <source>National focal point</source>
        <translation>Punto focal nacional</translation>
    </message>
    <message>
        <source>The national point of contact named on the report&apos;s cover and in its contacts annex.</source>
        <translation>El punto de contacto nacional que figura en la portada del informe y en su anexo de contactos.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Focal point name</source>
        <translation>Nombre del punto focal</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Ca&amp;rgo:</translation>
    </message>
    <message>
        <source>Focal point title</source>
        <translation>Cargo del punto focal</translation>
    </message>
    <message>
        <source>e.g. Director, Arms Control Division</source>
        <translation>p. ej., Director(a), División de Control de Armas</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>C&amp;orreo electrónico:</translation>
    </message>
    <message>
        <source>Focal point email</source>
        <translation>Correo electrónico del punto focal</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Focal point phone</source>
        <translation>Teléfono del punto focal</translation>
    </message>
    <message>
        <source>Contributing agencies</source>
        <translation>Organismos que contribuyen</translation>
    </message>
    <message>
        <source>The national &amp;agencies that contribute answers; you can change this list later:</source>
        <translation>Los organismos &amp;nacionales que aportan respuestas; puede modificar esta lista más adelante:</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Organismos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>A&amp;dd agency</source>
        <translation>Añadir &amp;organismo</translation>
    </message>
    <message>
        <source>&amp;Remove agency</source>
        <translation>&amp;Quitar organismo</translation>
    </message>
    <message>
        <source>First assessment</source>
        <translation>Primera evaluación</translation>
    </message>
    <message>
        <source>An assessment covers one reporting cycle, such as a Biennial Meeting of States or a Review Conference.</source>
        <translation>Una evaluación abarca un ciclo de presentación de informes, como una Reunión Bienal de los Estados o una Conferencia de Examen.</translation>
    </message>
    <message>
        <source>Reporting &amp;cycle:</source>
        <translation>Ciclo de presentación de &amp;informes:</translation>
    </message>
    <message>
        <source>Reporting cycle</source>
        <translation>Ciclo de presentación de informes</translation>
    </message>
    <message>
        <source>e.g. BMS10 2028</source>
        <translation>p. ej., BMS10 2028</translation>
    </message>
    <message>
        <source>Start b&amp;lank: every commitment not yet assessed</source>
        <translation>Empezar &amp;en blanco: ningún compromiso evaluado aún</translation>
    </message>
    <message>
        <source>Carr&amp;y forward answers from:</source>
        <translation>&amp;Trasladar las respuestas de:</translation>
    </message>
    <message>
        <source>Cycle to carry forward from</source>
        <translation>Ciclo del que se trasladan las respuestas</translation>
    </message>
    <message>
        <source>Answers, laws, agencies, evidence and report figures are copied and marked as carried forward, so you only update what changed.</source>
        <translation>Las respuestas, leyes, organismos, documentación justificativa y cifras del informe se copian y se marcan como trasladados, de modo que solo tenga que actualizar lo que haya cambiado.</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Open a poa-desktop database</source>
        <translation>Abrir una base de datos de poa-desktop</translation>
    </message>
    <message>
        <source>poa-desktop databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de poa-desktop (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>If this is your poa-desktop database and it is damaged: copies taken by poa-desktop, if any, are in %1. Close poa-desktop, keep the damaged file elsewhere, and copy the most recent one to %2.</source>
        <translation>Si esta es su base de datos de poa-desktop y está dañada: las copias hechas por poa-desktop, si las hay, están en %1. Cierre poa-desktop, guarde el archivo dañado en otro lugar y copie la más reciente en %2.</translation>
    </message>
    <message>
        <source>Answers that could not be saved are kept in %1; they are offered back once the database opens.</source>
        <translation>Las respuestas que no se pudieron guardar se conservan en %1; se le volverán a ofrecer cuando se abra la base de datos.</translation>
    </message>
    <message>
        <source>The backup is in place. The damaged file is kept as %1.</source>
        <translation>La copia de seguridad ya está en su lugar. El archivo dañado se conserva como %1.</translation>
    </message>
    <message>
        <source>%1

Restore the most recent backup, taken %2 (%3 measures answered)? The damaged file is kept beside it under another name, not deleted.</source>
        <translation>%1

¿Restaurar la copia de seguridad más reciente, hecha el %2 (%3 medidas respondidas)? El archivo dañado se conserva junto a ella con otro nombre; no se elimina.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>La base de datos está dañada</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Nothing matches the search.</source>
        <translation>Nada coincide con la búsqueda.</translation>
    </message>
</context>
</TS>
