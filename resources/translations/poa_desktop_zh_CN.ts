<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>version %1: %2 paragraphs, %3 measures</source>
        <translation>版本%1：%2个段落，%3项措施</translation>
    </message>
    <message>
        <source>Read the %1 text</source>
        <translation>阅读%1原文</translation>
    </message>
    <message>
        <source>About poa-desktop</source>
        <translation>关于poa-desktop</translation>
    </message>
    <message>
        <source>Self-assessment and voluntary national reporting on the Programme of Action on small arms and light weapons and the International Tracing Instrument. It works offline: it never connects to a network, checks for updates or sends anything anywhere.</source>
        <translation>关于小武器和轻武器问题的《行动纲领》和《国际追查文书》的自我评估和自愿国家报告。本应用离线运行：从不连接网络，不检查更新，也不向任何地方发送任何内容。</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>本机安装信息</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Commitment catalog:</source>
        <translation>承诺目录：</translation>
    </message>
    <message>
        <source>Source documents:</source>
        <translation>原始文件：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>备份：</translation>
    </message>
    <message>
        <source>Running on:</source>
        <translation>运行环境：</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Bundled software and fonts</source>
        <translation>随附的软件和字体</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>许可证文本</translation>
    </message>
</context>
<context>
    <name>AgenciesDialog</name>
    <message>
        <source>Agencies of the %1 assessment</source>
        <translation>%1评估的机构</translation>
    </message>
    <message>
        <source>Carried forward, still to confirm: %1</source>
        <translation>沿用且尚待确认：%1</translation>
    </message>
    <message>
        <source>Choose an agency.</source>
        <translation>请选择机构。</translation>
    </message>
    <message>
        <source>No change: no measure of %2 was assigned to %1.</source>
        <translation>未作更改：%2中没有分配给%1的措施。</translation>
    </message>
    <message>
        <source>No change: every measure of %2 is already assigned to %1.</source>
        <translation>未作更改：%2中的所有措施均已分配给%1。</translation>
    </message>
    <message>
        <source>1 measure unassigned from %2</source>
        <translation>已取消分配给%2的1项措施</translation>
    </message>
    <message>
        <source>1 measure assigned to %2</source>
        <translation>已将1项措施分配给%2</translation>
    </message>
    <message>
        <source>%1 measures unassigned from %2</source>
        <translation>已取消分配给%2的%1项措施</translation>
    </message>
    <message>
        <source>%1 measures assigned to %2</source>
        <translation>已将%1项措施分配给%2</translation>
    </message>
    <message>
        <source>1 answer confirmed unchanged.</source>
        <translation>已确认1项答复未变。</translation>
    </message>
    <message>
        <source>%1 answers confirmed unchanged.</source>
        <translation>已确认%1项答复未变。</translation>
    </message>
    <message>
        <source>Confirm %1 carried-forward answer(s) as reviewed and unchanged? Each answer&apos;s history records the confirmation.</source>
        <translation>确认%1项沿用的答复已经审查且没有变化？每项答复的历史记录中都将记录此确认。</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>&amp;Measures assigned to each agency, and how many of them are answered:</source>
        <translation>分配给各机构的措施及其中已答复的数量(&amp;M)：</translation>
    </message>
    <message>
        <source>Progress per agency</source>
        <translation>各机构进度</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Answered (%)</source>
        <translation>已答复（%）</translation>
    </message>
    <message>
        <source>ℹ The State profile has no agencies yet: add the contributing agencies to the profile first.</source>
        <translation>ℹ 国家概况中尚无机构：请先在概况中添加参与机构。</translation>
    </message>
    <message>
        <source>Assign measures in bulk</source>
        <translation>批量分配措施</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>机构(&amp;G)：</translation>
    </message>
    <message>
        <source>By &amp;theme:</source>
        <translation>按主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>By &amp;section:</source>
        <translation>按节(&amp;S)：</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>节</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>分配(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation>取消分配(&amp;U)</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>沿用的答复</translation>
    </message>
    <message>
        <source>&amp;Confirm all as unchanged</source>
        <translation>全部确认为未变(&amp;C)</translation>
    </message>
</context>
<context>
    <name>AgencyReturnDialog</name>
    <message>
        <source>Workbook returned by an agency</source>
        <translation>机构交回的工作簿</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the workbook first.</source>
        <translation>请先选择工作簿。</translation>
    </message>
    <message>
        <source>Returned by &lt;b&gt;%1&lt;/b&gt;, prepared on %2.</source>
        <translation>由&lt;b&gt;%1&lt;/b&gt;交回，编制于%2。</translation>
    </message>
    <message>
        <source>Answers to update: %1 · changed on both sides: %2 · left as changed here (the agency kept them as sent): %3 · rows that cannot be read: %4</source>
        <translation>待更新的答复：%1 · 双方均有更改：%2 · 保留本机更改（机构未改动所发送的内容）：%3 · 无法读取的行：%4</translation>
    </message>
    <message>
        <source>These answers were changed here after the workbook was prepared, and the agency changed them too. Choose which version to keep for each one:</source>
        <translation>以下答复在工作簿编制后已在本机更改，机构也作了更改。请为每项答复选择要保留的版本：</translation>
    </message>
    <message>
        <source>Nothing to import: no answer differs.</source>
        <translation>无可导入内容：没有不同的答复。</translation>
    </message>
    <message>
        <source>Choose a version for each answer changed on both sides (%1 left).</source>
        <translation>请为双方均有更改的每项答复选择一个版本（还剩%1项）。</translation>
    </message>
    <message>
        <source>Take back an agency&apos;s workbook</source>
        <translation>收回机构工作簿</translation>
    </message>
    <message>
        <source>Choose the workbook an agency sent back. Its answers are shown first; nothing is written until you import.</source>
        <translation>请选择机构交回的工作簿。先显示其中的答复；在您导入之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>&amp;Workbook:</source>
        <translation>工作簿(&amp;W)：</translation>
    </message>
    <message>
        <source>Returned workbook</source>
        <translation>交回的工作簿</translation>
    </message>
    <message>
        <source>path of the .xlsx file the agency returned</source>
        <translation>机构交回的.xlsx文件的路径</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Read it</source>
        <translation>读取(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Updates the agency sends (before → after):</source>
        <translation>机构发来的更新（修改前 → 修改后）(&amp;U)：</translation>
    </message>
    <message>
        <source>Updates the agency sends</source>
        <translation>机构发来的更新</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Rows that cannot be read:</source>
        <translation>无法读取的行：</translation>
    </message>
    <message>
        <source>Rows that cannot be read</source>
        <translation>无法读取的行</translation>
    </message>
    <message>
        <source>&amp;Skip the rows that cannot be read and import the others</source>
        <translation>跳过无法读取的行，导入其余行(&amp;S)</translation>
    </message>
    <message>
        <source>Answers changed on both sides</source>
        <translation>双方均有更改的答复</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>AgencyWorkbookDialog</name>
    <message>
        <source>The State profile lists no agency: add agencies first.</source>
        <translation>国家概况中未列出任何机构：请先添加机构。</translation>
    </message>
    <message>
        <source>Measures assigned to this agency: %1.</source>
        <translation>分配给该机构的措施：%1项。</translation>
    </message>
    <message>
        <source>No measure is assigned to this agency yet: assign measures to it first.</source>
        <translation>尚未向该机构分配任何措施：请先分配措施。</translation>
    </message>
    <message>
        <source>Folder for the workbook</source>
        <translation>工作簿保存文件夹</translation>
    </message>
    <message>
        <source>Choose an agency.</source>
        <translation>请选择机构。</translation>
    </message>
    <message>
        <source>Give the file a name.</source>
        <translation>请为文件命名。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹%1不存在。</translation>
    </message>
    <message>
        <source>✓ Written for %2 (measures: %1):
%3
Send it to the agency.</source>
        <translation>✓ 已为%2编制（措施：%1项）：
%3
请将其发送给该机构。</translation>
    </message>
    <message>
        <source>Replace %1?</source>
        <translation>替换%1？</translation>
    </message>
    <message>
        <source>Prepare a workbook for an agency</source>
        <translation>为机构编制工作簿</translation>
    </message>
    <message>
        <source>Write an Excel workbook holding only the measures assigned to one agency. Send it to the agency; when it comes back, take its answers in with File → Take back an agency&apos;s workbook.</source>
        <translation>编制一个仅包含分配给某一机构的措施的Excel工作簿。将其发送给该机构；交回后，通过“文件 → 收回机构工作簿”导入其中的答复。</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>机构(&amp;A)：</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>文件名(&amp;N)：</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>&amp;Prepare</source>
        <translation>编制(&amp;P)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>AggregateDialog</name>
    <message>
        <source>National workbooks to read</source>
        <translation>要读取的国家工作簿</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
        <translation>Excel工作簿 (*.xlsx *.xlsm);;所有文件 (*)</translation>
    </message>
    <message>
        <source>A folder of national workbooks</source>
        <translation>存放国家工作簿的文件夹</translation>
    </message>
    <message>
        <source>Analysis workbook</source>
        <translation>分析工作簿</translation>
    </message>
    <message>
        <source>Analysis PDF</source>
        <translation>分析PDF文件</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Add the national workbooks to read: files, a folder, or both.</source>
        <translation>请添加要读取的国家工作簿：文件、文件夹或两者均可。</translation>
    </message>
    <message>
        <source>Give a file for the analysis workbook, the PDF, or both.</source>
        <translation>请为分析工作簿、PDF文件或两者指定文件。</translation>
    </message>
    <message>
        <source>%1 is a folder: give a file name.</source>
        <translation>%1是文件夹：请指定文件名。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹%1不存在。</translation>
    </message>
    <message>
        <source>%1 is one of the workbooks to read: choose another file to write.</source>
        <translation>%1是要读取的工作簿之一：请另选一个文件写入。</translation>
    </message>
    <message>
        <source>Looking for the workbooks…</source>
        <translation>正在查找工作簿…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Reading the workbooks: %1 of %2</source>
        <translation>正在读取工作簿：第%1个，共%2个</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入%1…</translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation>已完成，用时%1秒。</translation>
    </message>
    <message>
        <source>Stopped: nothing was written.</source>
        <translation>已停止：未写入任何内容。</translation>
    </message>
    <message>
        <source>Workbooks read: %1. National reports counted: %2, of %3 States.</source>
        <translation>已读取工作簿：%1个。计入的国家报告：%2份，来自%3个国家。</translation>
    </message>
    <message>
        <source>Cycles: %1</source>
        <translation>周期：%1</translation>
    </message>
    <message>
        <source>Read and counted in %1 s, by %2 process(es).</source>
        <translation>读取和计数用时%1秒，使用%2个进程。</translation>
    </message>
    <message>
        <source>Peak memory: %1</source>
        <translation>内存峰值：%1</translation>
    </message>
    <message>
        <source>Not used (%1):</source>
        <translation>未使用（%1）：</translation>
    </message>
    <message>
        <source>Not counted, the same State and cycle again (%1):</source>
        <translation>未计入，同一国家同一周期的重复报告（%1）：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>已写入：</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>未写入任何内容。</translation>
    </message>
    <message>
        <source>%1 MiB (this window)</source>
        <translation>%1 MiB（本窗口）</translation>
    </message>
    <message>
        <source>%1 MiB (largest reading process)</source>
        <translation>%1 MiB（最大的读取进程）</translation>
    </message>
    <message>
        <source>Replace these files?
%1</source>
        <translation>替换以下文件？
%1</translation>
    </message>
    <message>
        <source>The analysis stopped on an unexpected error (%1). Nothing was written; the details are in %2.</source>
        <translation>分析因意外错误（%1）而停止。未写入任何内容；详细信息见%2。</translation>
    </message>
    <message>
        <source>Analyse national reports</source>
        <translation>分析国家报告</translation>
    </message>
    <message>
        <source>Read the national workbooks States exported from this application and write what they say together: implementation by measure, State, theme and UN regional group, and assistance needed against assistance offered. A workbook changed after export is named, not counted. The assessment open in the window is not used.</source>
        <translation>读取各国从本应用导出的国家工作簿，并汇总写出其内容：按措施、国家、主题和联合国区域集团分列的执行情况，以及所需援助与可提供援助的对照。导出后被更改的工作簿将列出名称，但不予计入。不使用窗口中打开的评估。</translation>
    </message>
    <message>
        <source>Workbooks and folders to read</source>
        <translation>要读取的工作簿和文件夹</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Choose one or more national workbooks (.xlsx)</source>
        <translation>选择一个或多个国家工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>Add a fol&amp;der…</source>
        <translation>添加文件夹(&amp;D)…</translation>
    </message>
    <message>
        <source>Every workbook (.xlsx) in the folder and its subfolders is read</source>
        <translation>读取该文件夹及其子文件夹中的所有工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Take the selected entries off the list (the files are not touched)</source>
        <translation>从列表中移除所选条目（文件本身不受影响）</translation>
    </message>
    <message>
        <source>The analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>&amp;Workbook (.xlsx):</source>
        <translation>工作簿(.xlsx)(&amp;W)：</translation>
    </message>
    <message>
        <source>Analysis workbook to write</source>
        <translation>要写入的分析工作簿</translation>
    </message>
    <message>
        <source>Leave empty not to write the workbook</source>
        <translation>留空则不写入工作簿</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Browse for the analysis workbook</source>
        <translation>浏览选择分析工作簿</translation>
    </message>
    <message>
        <source>&amp;PDF:</source>
        <translation>PDF文件(&amp;P)：</translation>
    </message>
    <message>
        <source>Analysis PDF to write</source>
        <translation>要写入的分析PDF文件</translation>
    </message>
    <message>
        <source>Leave empty not to write the PDF</source>
        <translation>留空则不写入PDF文件</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>浏览(&amp;S)…</translation>
    </message>
    <message>
        <source>Browse for the analysis PDF</source>
        <translation>浏览选择分析PDF文件</translation>
    </message>
    <message>
        <source>Report lan&amp;guage:</source>
        <translation>报告语言(&amp;G)：</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <source>The language of the analysis workbook and PDF, whatever the language of the window or of the national workbooks</source>
        <translation>分析工作簿和PDF文件所用的语言，与窗口语言或国家工作簿的语言无关</translation>
    </message>
    <message>
        <source>Progress of the analysis</source>
        <translation>分析进度</translation>
    </message>
    <message>
        <source>Summary of the analysis</source>
        <translation>分析摘要</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <source>Read the workbooks and write the analysis</source>
        <translation>读取工作簿并写出分析</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the analysis: nothing is written</source>
        <translation>停止分析：不写入任何内容</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Open the folder the analysis was written to</source>
        <translation>打开写入分析的文件夹</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>AnswerForm</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>In UNODA&apos;s reporting template: %1</source>
        <translation>在裁军事务厅报告模板中：%1</translation>
    </message>
    <message>
        <source>Assistance kind: %1</source>
        <translation>援助类型：%1</translation>
    </message>
    <message>
        <source>%1 (not in the State profile)</source>
        <translation>%1（不在国家概况中）</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Implemented</source>
        <translation>已执行(&amp;I)</translation>
    </message>
    <message>
        <source>De&amp;veloping</source>
        <translation>正在执行(&amp;V)</translation>
    </message>
    <message>
        <source>Not i&amp;mplemented</source>
        <translation>未执行(&amp;M)</translation>
    </message>
    <message>
        <source>Not applica&amp;ble</source>
        <translation>不适用(&amp;B)</translation>
    </message>
    <message>
        <source>Not &amp;yet assessed</source>
        <translation>尚未评估(&amp;Y)</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>执行情况</translation>
    </message>
    <message>
        <source>Measures ta&amp;ken</source>
        <translation>已采取的措施(&amp;K)</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>已采取的措施</translation>
    </message>
    <message>
        <source>What has your State done to implement this commitment?</source>
        <translation>贵国为执行这项承诺采取了哪些行动？</translation>
    </message>
    <message>
        <source>&amp;Laws and regulations</source>
        <translation>法律法规(&amp;L)</translation>
    </message>
    <message>
        <source>Laws and regulations</source>
        <translation>法律法规</translation>
    </message>
    <message>
        <source>One row per law or regulation; Delete removes the selected rows</source>
        <translation>每项法律或法规占一行；按Delete键删除所选行</translation>
    </message>
    <message>
        <source>Add la&amp;w</source>
        <translation>添加法律(&amp;W)</translation>
    </message>
    <message>
        <source>Add a row for a law or regulation</source>
        <translation>为一项法律或法规添加一行</translation>
    </message>
    <message>
        <source>Remove law</source>
        <translation>删除法律</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>删除所选行（Delete）</translation>
    </message>
    <message>
        <source>Re&amp;sponsible agencies</source>
        <translation>负责机构(&amp;S)</translation>
    </message>
    <message>
        <source>Responsible agencies</source>
        <translation>负责机构</translation>
    </message>
    <message>
        <source>Add agencies in the State profile to choose the ones responsible.</source>
        <translation>请先在国家概况中添加机构，然后从中选择负责机构。</translation>
    </message>
    <message>
        <source>&amp;Challenges</source>
        <translation>挑战(&amp;C)</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>挑战</translation>
    </message>
    <message>
        <source>What stands in the way?</source>
        <translation>存在哪些障碍？</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>援助</translation>
    </message>
    <message>
        <source>Assistanc&amp;e needed</source>
        <translation>所需援助(&amp;E)</translation>
    </message>
    <message>
        <source>Assistance needed</source>
        <translation>所需援助</translation>
    </message>
    <message>
        <source>Kinds of assistance</source>
        <translation>援助类型</translation>
    </message>
    <message>
        <source>Desc&amp;ription of the assistance needed</source>
        <translation>所需援助说明(&amp;R)</translation>
    </message>
    <message>
        <source>Description of the assistance needed</source>
        <translation>所需援助说明</translation>
    </message>
    <message>
        <source>What is needed, for what, and at what estimated cost?</source>
        <translation>需要什么、用于什么目的、估计费用多少？</translation>
    </message>
    <message>
        <source>Assistance &amp;offered</source>
        <translation>可提供的援助(&amp;O)</translation>
    </message>
    <message>
        <source>Assistance offered</source>
        <translation>可提供的援助</translation>
    </message>
    <message>
        <source>Assistance your State can offer others on this commitment</source>
        <translation>贵国可就这项承诺向他国提供的援助</translation>
    </message>
    <message>
        <source>National target</source>
        <translation>国家目标</translation>
    </message>
    <message>
        <source>National &amp;target</source>
        <translation>国家目标(&amp;T)</translation>
    </message>
    <message>
        <source>The result your State aims for on this commitment</source>
        <translation>贵国在这项承诺方面力求达到的结果</translation>
    </message>
    <message>
        <source>Set a target &amp;date</source>
        <translation>设定目标日期(&amp;D)</translation>
    </message>
    <message>
        <source>Set a target date</source>
        <translation>设定目标日期</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目标日期</translation>
    </message>
    <message>
        <source>Report fields</source>
        <translation>报告字段</translation>
    </message>
    <message>
        <source>Figures the national report asks for. They belong to the whole assessment: every commitment that shows them shares the same values.</source>
        <translation>国家报告要求提供的数据。这些数据属于整个评估：显示这些数据的所有承诺共用相同的数值。</translation>
    </message>
</context>
<context>
    <name>AssessmentActions</name>
    <message>
        <source>What changed</source>
        <translation>更改内容</translation>
    </message>
</context>
<context>
    <name>AutosaveController</name>
    <message>
        <source>Editing…</source>
        <translation>正在编辑…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved at %1, except the fields marked ⚠ (kept as a draft)</source>
        <translation>已于%1保存，标有⚠的字段除外（保留为草稿）</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>已于%1保存</translation>
    </message>
    <message>
        <source>Changed elsewhere: choose what to keep</source>
        <translation>已在别处更改：请选择保留的内容</translation>
    </message>
    <message>
        <source>Not saved — copy your text somewhere safe</source>
        <translation>未保存——请将您的文字复制到安全的地方</translation>
    </message>
    <message>
        <source>%1

The recovery file could not be written either (%2). What you typed is still on screen: copy it somewhere safe before closing poa-desktop.</source>
        <translation>%1

恢复文件也无法写入（%2）。您输入的内容仍显示在屏幕上：请在关闭poa-desktop之前将其复制到安全的地方。</translation>
    </message>
    <message>
        <source>Not saved — kept in a recovery file</source>
        <translation>未保存——已保留在恢复文件中</translation>
    </message>
    <message>
        <source>%1

What you typed stays on screen and is kept in the recovery file
%2

If it cannot be saved before you close poa-desktop, it is offered again at the next start.</source>
        <translation>%1

您输入的内容仍显示在屏幕上，并已保留在以下恢复文件中：
%2

如果在关闭poa-desktop之前仍无法保存，下次启动时将再次提供这些内容。</translation>
    </message>
    <message>
        <source>Your changes could not be saved</source>
        <translation>无法保存您的更改</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>No backup yet. The first is taken today; backups go to %1</source>
        <translation>尚无备份。今天将创建第一个备份；备份保存在%1</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>恢复此备份？</translation>
    </message>
    <message>
        <source>Backups are kept in %1, on the same disk as the database: a broken or stolen computer takes them too. Keep a copy elsewhere as well (a USB key, a network folder) with Save a copy elsewhere.</source>
        <translation>备份保存在 %1，与数据库在同一磁盘上：电脑损坏或被盗时备份也会一并丢失。请另外用“在其他位置保存副本”在别处保存一份（U 盘、网络文件夹）。</translation>
    </message>
    <message>
        <source>A copy of the database is saved in %1.</source>
        <translation>数据库副本已保存到 %1。</translation>
    </message>
    <message>
        <source>Save a copy of the database elsewhere</source>
        <translation>在其他位置保存数据库副本</translation>
    </message>
    <message>
        <source>poa-desktop databases (*.sqlite)</source>
        <translation>poa-desktop 数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>the backup taken %1 (%2)</source>
        <translation>%1 的备份（%2）</translation>
    </message>
    <message>
        <source>the copy in %1</source>
        <translation>%1 中的副本</translation>
    </message>
    <message>
        <source>the copy in %1, last changed %2</source>
        <translation>%1 中的副本，最后更改于%2</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>submitted for clearance</source>
        <translation>已提交核准</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>已核准</translation>
    </message>
    <message>
        <source>Restore %1?</source>
        <translation>恢复%1？</translation>
    </message>
    <message>
        <source>It holds %1 answers with a status; the database holds %2 now.</source>
        <translation>其中有 %1 条带状态的答复；数据库当前有 %2 条。</translation>
    </message>
    <message>
        <source>The %1 assessment is %2 now and goes back to %3: its submission or clearance will have to be given again.</source>
        <translation>%1 评估当前为%2，将退回为%3：需要重新提交或核准。</translation>
    </message>
    <message>
        <source>The %1 assessment is not in it and goes.</source>
        <translation>其中没有 %1 评估，该评估将被移除。</translation>
    </message>
    <message>
        <source>What was saved since is replaced. The database as it is now is copied first, so you can come back to it from this list.</source>
        <translation>此后保存的内容将被替换。数据库当前状态会先被复制，您可以从此列表恢复。</translation>
    </message>
    <message>
        <source>The database now holds %1.

What it held just before is kept as %2, in this list: restoring that copy undoes the restore.</source>
        <translation>数据库现在的内容为%1。

此前的内容已保存为%2，见此列表：恢复该副本即可撤销本次恢复。</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <source>Restore from a copy of the database</source>
        <translation>从数据库副本恢复</translation>
    </message>
    <message>
        <source>poa-desktop databases (*.sqlite *.db);;All files (*)</source>
        <translation>poa-desktop数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>poa-desktop copies your database every day you use it, and before every schema upgrade, import and restore. Restoring replaces what the database holds now with the chosen copy; the database as it is now is copied first, so a restore can itself be undone.</source>
        <translation>在您使用poa-desktop的每一天，以及每次数据库结构升级、导入和恢复之前，poa-desktop都会复制您的数据库。恢复会用所选副本替换数据库的当前内容；系统会先复制数据库的当前状态，因此恢复操作本身也可以撤销。</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>备份（最新的在前）</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Measures answered</source>
        <translation>已答复的措施</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>&amp;Take a backup now</source>
        <translation>立即备份(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save a copy elsewhere…</source>
        <translation>在其他位置保存副本(&amp;S)…</translation>
    </message>
    <message>
        <source>A copy of the database on another disk, a USB key or a network folder</source>
        <translation>在另一磁盘、U 盘或网络文件夹中保存数据库副本</translation>
    </message>
    <message>
        <source>Restore from &amp;another file…</source>
        <translation>从其他文件恢复(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup…</source>
        <translation>恢复所选备份(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <source>Changes in %1</source>
        <translation>%1中的更改</translation>
    </message>
    <message>
        <source>There is no earlier cycle to compare with.</source>
        <translation>没有可供比较的先前周期。</translation>
    </message>
    <message>
        <source>There is no assessment yet.</source>
        <translation>尚无评估。</translation>
    </message>
    <message>
        <source>No answer changed from %1 to %2.</source>
        <translation>从%1到%2，没有答复发生更改。</translation>
    </message>
    <message>
        <source>1 answer changed from %1 to %2.</source>
        <translation>从%1到%2，有1项答复发生更改。</translation>
    </message>
    <message>
        <source>%1 answers changed from %2 to %3.</source>
        <translation>从%2到%3，有%1项答复发生更改。</translation>
    </message>
    <message>
        <source>Changes since an earlier cycle</source>
        <translation>自先前周期以来的更改</translation>
    </message>
    <message>
        <source>Compare with the &amp;earlier cycle:</source>
        <translation>与以下先前周期比较(&amp;E)：</translation>
    </message>
    <message>
        <source>Earlier cycle</source>
        <translation>先前周期</translation>
    </message>
    <message>
        <source>Answers changed since the earlier cycle</source>
        <translation>自先前周期以来更改的答复</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>Status: before → now</source>
        <translation>状态：之前 → 现在</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>更改的字段</translation>
    </message>
</context>
<context>
    <name>ClearanceDialog</name>
    <message>
        <source>Clearance of the %1 assessment</source>
        <translation>%1评估的核准</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted for clearance</source>
        <translation>已提交核准</translation>
    </message>
    <message>
        <source>Cleared: approved for release</source>
        <translation>已核准：批准发布</translation>
    </message>
    <message>
        <source>When the answers are ready, the reporting officer submits the draft to the clearing authority.</source>
        <translation>答复准备就绪后，由报告负责人将草稿提交核准机关。</translation>
    </message>
    <message>
        <source>The answers are frozen while the clearing authority reviews them. The clearing authority approves the assessment for release, or returns it to draft saying why.</source>
        <translation>核准机关审查期间，答复处于冻结状态。核准机关批准发布评估，或说明理由将其退回草稿状态。</translation>
    </message>
    <message>
        <source>The assessment is cleared and its answers are frozen. Reopen it as a draft to change them.</source>
        <translation>评估已核准，答复已冻结。如需更改，请将评估作为草稿重新打开。</translation>
    </message>
    <message>
        <source>Returned to draft</source>
        <translation>已退回草稿</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Not yet assessed: %1 (%2 of them gender measures)</source>
        <translation>尚未评估：%1（其中 %2 项为性别措施）</translation>
    </message>
    <message>
        <source>Not yet assessed: %1</source>
        <translation>尚未评估：%1</translation>
    </message>
    <message>
        <source>Developing, with the measures taken not described: %1</source>
        <translation>制定中，但未说明已采取的措施：%1</translation>
    </message>
    <message>
        <source>Assistance needed, with no kind chosen: %1</source>
        <translation>需要援助，但未选择类型：%1</translation>
    </message>
    <message>
        <source>Report fields to correct: %1</source>
        <translation>需更正的报告字段：%1</translation>
    </message>
    <message>
        <source>&amp;Checklist: 1 open item</source>
        <translation>核对清单(&amp;C)：1 个未决事项</translation>
    </message>
    <message>
        <source>&amp;Checklist: %1 open items</source>
        <translation>核对清单(&amp;C)：%1 个未决事项</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>核对清单(&amp;C)：</translation>
    </message>
    <message>
        <source>Nothing open</source>
        <translation>没有未决事项</translation>
    </message>
    <message>
        <source>(a gender measure)</source>
        <translation>（性别措施）</translation>
    </message>
    <message>
        <source>Open items listed in an annex: %1</source>
        <translation>附件所列未决事项：%1</translation>
    </message>
    <message>
        <source>Not yet submitted for clearance.</source>
        <translation>尚未提交核准。</translation>
    </message>
    <message>
        <source>The assessment is now: %1.</source>
        <translation>评估当前状态：%1。</translation>
    </message>
    <message>
        <source>Approve the %1 assessment of %2 for release, as %3?</source>
        <translation>以%3的身份批准发布%2的%1评估？</translation>
    </message>
    <message>
        <source>%1 open checklist item(s) will be listed in an annex of the report.</source>
        <translation>报告附件中将列出%1个未决核对事项。</translation>
    </message>
    <message>
        <source>The assessment is then cleared: its answers stay frozen and the report names the approving authority. It can be reopened as a draft later, with a reason.</source>
        <translation>随后评估即为已核准：答复保持冻结，报告中注明批准机关。今后可说明理由，将其作为草稿重新打开。</translation>
    </message>
    <message>
        <source>Approve for release</source>
        <translation>批准发布</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>核准</translation>
    </message>
    <message>
        <source>Checklist of open items</source>
        <translation>未决事项核对清单</translation>
    </message>
    <message>
        <source>Things to settle before clearance, by kind; double-click an item or press Enter to go to its commitment</source>
        <translation>核准前需解决的事项，按类型分组；双击某项或按 Enter 转到对应承诺</translation>
    </message>
    <message>
        <source>&amp;Go to the measure</source>
        <translation>转到该措施(&amp;G)</translation>
    </message>
    <message>
        <source>Close the checklist and show the chosen measure</source>
        <translation>关闭核对清单并显示所选措施</translation>
    </message>
    <message>
        <source>Clearance &amp;history:</source>
        <translation>核准记录(&amp;H)：</translation>
    </message>
    <message>
        <source>Clearance history</source>
        <translation>核准记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Reason or open items</source>
        <translation>理由或未决事项</translation>
    </message>
    <message>
        <source>Submit for clearance</source>
        <translation>提交核准</translation>
    </message>
    <message>
        <source>Reporting &amp;officer:</source>
        <translation>报告负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>Name of the reporting officer</source>
        <translation>报告负责人姓名</translation>
    </message>
    <message>
        <source>&amp;Submit for clearance</source>
        <translation>提交核准(&amp;S)</translation>
    </message>
    <message>
        <source>Approve for release, or return to draft</source>
        <translation>批准发布或退回草稿</translation>
    </message>
    <message>
        <source>Clearing &amp;authority:</source>
        <translation>核准机关(&amp;A)：</translation>
    </message>
    <message>
        <source>Name of the clearing authority</source>
        <translation>核准机关名称</translation>
    </message>
    <message>
        <source>Approve with the open items listed in an a&amp;nnex</source>
        <translation>批准，并在附件中列出未决事项(&amp;N)</translation>
    </message>
    <message>
        <source>A&amp;pprove for release…</source>
        <translation>批准发布(&amp;P)…</translation>
    </message>
    <message>
        <source>The clearing authority approves the assessment for release as the national report; it is then cleared and its answers stay frozen</source>
        <translation>核准机关批准将评估作为国家报告发布；随后评估即为已核准，答复保持冻结</translation>
    </message>
    <message>
        <source>&amp;Reason to return:</source>
        <translation>退回理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Reason to return the assessment to draft</source>
        <translation>将评估退回草稿的理由</translation>
    </message>
    <message>
        <source>Return to &amp;draft</source>
        <translation>退回草稿(&amp;D)</translation>
    </message>
    <message>
        <source>Reopen as a draft</source>
        <translation>作为草稿重新打开</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Name of the person reopening</source>
        <translation>重新打开者的姓名</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Reason to reopen the assessment</source>
        <translation>重新打开评估的理由</translation>
    </message>
    <message>
        <source>Reopen as a &amp;draft</source>
        <translation>作为草稿重新打开(&amp;D)</translation>
    </message>
</context>
<context>
    <name>CommitmentView</name>
    <message>
        <source>Related commitments</source>
        <translation>相关承诺</translation>
    </message>
    <message>
        <source>a declaration</source>
        <translation>声明性段落</translation>
    </message>
    <message>
        <source>a procedural paragraph (a decision of the meeting)</source>
        <translation>程序性段落（会议的决定）</translation>
    </message>
    <message>
        <source>This paragraph is %1: it is shown for reference and is not assessed.</source>
        <translation>本段为%1：仅供参考，不予评估。</translation>
    </message>
    <message>
        <source>No longer current: %1</source>
        <translation>已不再适用：%1</translation>
    </message>
    <message>
        <source>Addressees: %1</source>
        <translation>对象：%1</translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>层级：%1</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>不予评估</translation>
    </message>
    <message>
        <source>Place in the document</source>
        <translation>在文件中的位置</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>Read in the source text…</source>
        <translation>阅读原文…</translation>
    </message>
    <message>
        <source>The outcome document as bundled with the app, opened at this paragraph (F1)</source>
        <translation>本应用随附的成果文件，在本段处打开（F1）</translation>
    </message>
    <message>
        <source>Read this paragraph in the source text</source>
        <translation>阅读本段原文</translation>
    </message>
    <message>
        <source>Lead-in</source>
        <translation>起首语</translation>
    </message>
    <message>
        <source>Commitment text</source>
        <translation>承诺案文</translation>
    </message>
    <message>
        <source>Addressees and themes</source>
        <translation>对象和主题</translation>
    </message>
    <message>
        <source>Related commitments in the other document</source>
        <translation>另一文件中的相关承诺</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ConflictBox</name>
    <message>
        <source>Changed here since %1</source>
        <translation>%1后在本机的更改</translation>
    </message>
    <message>
        <source>From the agency</source>
        <translation>机构的版本</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的版本</translation>
    </message>
    <message>
        <source>Take the agency&apos;s</source>
        <translation>采用机构的版本</translation>
    </message>
    <message>
        <source>Combine both</source>
        <translation>合并两者</translation>
    </message>
    <message>
        <source>Keep what either side wrote: your texts first, then the agency&apos;s; laws, agencies and kinds of assistance from both; your status</source>
        <translation>保留双方所写内容：先是您的文字，再是机构的文字；法律、机构和援助类型取自双方；状态保留您的</translation>
    </message>
    <message>
        <source>Keep mine: %1</source>
        <translation>保留我的版本：%1</translation>
    </message>
    <message>
        <source>Take the agency&apos;s: %1</source>
        <translation>采用机构的版本：%1</translation>
    </message>
    <message>
        <source>Combine both: %1</source>
        <translation>合并两者：%1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>someone</source>
        <translation>他人</translation>
    </message>
    <message>
        <source>%1 was saved elsewhere by %2 at %3 while you were typing. Your text is safe. Choose what to keep:</source>
        <translation>在您输入期间，%2于%3在别处保存了%1。您的文字未丢失。请选择保留的内容：</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Changed elsewhere while you typed</source>
        <translation>您输入期间已在别处更改</translation>
    </message>
    <message>
        <source>Your version and the version saved elsewhere, field by field</source>
        <translation>逐个字段列出的您的版本和在别处保存的版本</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Yours (on screen)</source>
        <translation>您的版本（屏幕上）</translation>
    </message>
    <message>
        <source>Saved elsewhere</source>
        <translation>在别处保存的版本</translation>
    </message>
    <message>
        <source>What you choose is saved as a new version of the answer; earlier versions stay in its history.</source>
        <translation>您选择的内容将保存为答复的新版本；先前版本保留在历史记录中。</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>保留我的版本(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Combine both</source>
        <translation>合并两者(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Take the saved version</source>
        <translation>采用已保存的版本(&amp;T)</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>稍后决定(&amp;L)</translation>
    </message>
</context>
<context>
    <name>CopyWords</name>
    <message>
        <source>No copy of your answers has left this computer since %1.</source>
        <translation>自%1以来，您的答复没有任何副本保存到本计算机以外。</translation>
    </message>
    <message>
        <source>No copy of your answers has left this computer since you began on %1.</source>
        <translation>自您于%1开始工作以来，您的答复没有任何副本保存到本计算机以外。</translation>
    </message>
    <message>
        <source>File → Restore from backup… → Save a copy elsewhere… puts one on a USB key or network folder.</source>
        <translation>使用“文件 → 从备份恢复… → 在其他位置保存副本…”可将副本保存到 U 盘或网络文件夹。</translation>
    </message>
    <message>
        <source>No copy has left this computer yet. Save a copy elsewhere… puts one on a USB key or network folder.</source>
        <translation>尚无任何副本保存到本计算机以外。使用“在其他位置保存副本…”可将副本保存到 U 盘或网络文件夹。</translation>
    </message>
    <message>
        <source>The last copy that left this computer was saved on %1, to %2.</source>
        <translation>最近一次保存到本计算机以外的副本于%1保存到%2。</translation>
    </message>
    <message>
        <source>This copy is on the same disk as the database: it will not survive a disk failure. A USB key or network folder is safer.</source>
        <translation>此副本与数据库位于同一磁盘上：磁盘发生故障时将无法保全。U 盘或网络文件夹更为安全。</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Click a row to see its measures</source>
        <translation>单击某行查看其措施</translation>
    </message>
    <message>
        <source>Documents and sections</source>
        <translation>文件和节</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>No assessment open</source>
        <translation>未打开任何评估</translation>
    </message>
    <message>
        <source>%1 of %2 measures assessed (%3)</source>
        <translation>%2项措施中已评估%1项（%3）</translation>
    </message>
    <message>
        <source>%1 still to assess.</source>
        <translation>尚有%1项待评估。</translation>
    </message>
    <message>
        <source>Every measure has a status.</source>
        <translation>所有措施均已有状态。</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Progress dashboard</source>
        <translation>进度仪表板</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Group measures by</source>
        <translation>措施分组方式</translation>
    </message>
    <message>
        <source>Status chart</source>
        <translation>状态图</translation>
    </message>
    <message>
        <source>Status of measures per document and section</source>
        <translation>按文件和节列出的措施状态</translation>
    </message>
    <message>
        <source>Status counts</source>
        <translation>状态统计</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <source>Today&apos;s backup could not be taken: %1</source>
        <translation>无法创建今天的备份：%1</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>保存副本</translation>
    </message>
    <message>
        <source>Copy saved to %1</source>
        <translation>副本已保存到%1</translation>
    </message>
    <message>
        <source>Copy saved to %1.</source>
        <translation>副本已保存到%1。</translation>
    </message>
    <message>
        <source>Save a copy of the database</source>
        <translation>保存数据库副本</translation>
    </message>
    <message>
        <source>poa-desktop databases (*.sqlite)</source>
        <translation>poa-desktop数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>备份已恢复。</translation>
    </message>
    <message>
        <source>The text of this document is not bundled.</source>
        <translation>本应用未附带此文件的文本。</translation>
    </message>
</context>
<context>
    <name>DocumentChoice</name>
    <message>
        <source>Outcome documents it covers</source>
        <translation>涵盖的成果文件</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>This assessment is submitted or cleared: what it covers stays.</source>
        <translation>此评估已提交或已核准：其涵盖范围保持不变。</translation>
    </message>
    <message>
        <source>Left out when poa-desktop started: %1</source>
        <translation>poa-desktop 启动时未载入：%1</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>Add an outcome document</source>
        <translation>添加成果文件</translation>
    </message>
    <message>
        <source>Catalog documents (*.json)</source>
        <translation>目录文件 (*.json)</translation>
    </message>
    <message>
        <source>Not installed:
%1</source>
        <translation>未安装：
%1</translation>
    </message>
    <message>
        <source>Installed %1. Tick it to cover it in this assessment.</source>
        <translation>已安装 %1。勾选后即纳入本评估。</translation>
    </message>
    <message>
        <source>Uninstall %1 (%2)?</source>
        <translation>卸载 %1（%2）？</translation>
    </message>
    <message>
        <source>Remove a document</source>
        <translation>移除文件</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>已移除 %1。</translation>
    </message>
    <message>
        <source>Outcome documents</source>
        <translation>成果文件</translation>
    </message>
    <message>
        <source>The outcome documents installed. Tick those this assessment covers. A newer outcome or a regional instrument is added from its file; adding one changes no assessment until you tick it.</source>
        <translation>已安装的成果文件。请勾选本评估涵盖的文件。较新的成果文件或区域文书可从其文件添加；添加后，除非您勾选，否则不会改变任何评估。</translation>
    </message>
    <message>
        <source>Outcome documents installed</source>
        <translation>已安装的成果文件</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>涵盖</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>&amp;Add a document…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>Check a document file (JSON) and install it for this user</source>
        <translation>检查文件（JSON）并为此用户安装</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Uninstall the selected document (only one you added, and only while no answer uses it)</source>
        <translation>卸载所选文件（仅限您添加的文件，且没有答复使用它）</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Evidence files</source>
        <translation>证明文件</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，添加人：%2</translation>
    </message>
    <message>
        <source>%1
Type: %2
SHA-256: %3</source>
        <translation>%1
类型：%2
SHA-256：%3</translation>
    </message>
    <message>
        <source>This answer cannot change: its files can be opened and saved, not attached or removed.</source>
        <translation>此答复不能更改：其证明文件可以打开和保存，但不能附加或删除。</translation>
    </message>
    <message>
        <source>Drop more files here to attach them (up to %1 each).</source>
        <translation>将更多文件拖放到此处即可附加（每个文件最大%1）。</translation>
    </message>
    <message>
        <source>No files attached yet. Attach the documents that support this answer (a law, a decree, a report), or drop them here: up to %1 each.</source>
        <translation>尚未附加文件。请附加支持此答复的文件（法律、法令、报告），或将其拖放到此处：每个文件最大%1。</translation>
    </message>
    <message>
        <source>Attach files to this answer</source>
        <translation>将文件附加到此答复</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>1 file attached.</source>
        <translation>已附加1个文件。</translation>
    </message>
    <message>
        <source>%1 files attached.</source>
        <translation>已附加%1个文件。</translation>
    </message>
    <message>
        <source>Evidence files: drop to attach</source>
        <translation>证明文件：松开即可附加</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>No program to open %1 was found. Save a copy and open it from there.</source>
        <translation>找不到可打开%1的程序。请保存副本，然后从保存位置打开。</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>保存副本</translation>
    </message>
    <message>
        <source>Copy saved to %1</source>
        <translation>副本已保存到%1</translation>
    </message>
    <message>
        <source>Remove evidence file</source>
        <translation>删除证明文件</translation>
    </message>
    <message>
        <source>Remove %1 from %2?

A backup of the database is taken first; it still holds the file (File → Restore from backup).</source>
        <translation>要从%2中删除%1吗？

删除前会先备份数据库，备份中仍保留该文件（文件 → 从备份恢复）。</translation>
    </message>
    <message>
        <source>%1 removed; the backup %2 still holds it.</source>
        <translation>已删除%1；备份%2中仍保留该文件。</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>已附加的文件</translation>
    </message>
    <message>
        <source>Double-click a file to open it</source>
        <translation>双击文件即可打开</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>附加文件…</translation>
    </message>
    <message>
        <source>Choose files to attach to this answer (or drop them here)</source>
        <translation>选择要附加到此答复的文件（或将其拖放到此处）</translation>
    </message>
    <message>
        <source>Open the selected file with the program your system uses for it</source>
        <translation>使用系统为此类文件指定的程序打开所选文件</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>保存副本…</translation>
    </message>
    <message>
        <source>Save the selected file somewhere on this computer</source>
        <translation>将所选文件保存到此计算机上</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Remove the selected file from this answer (a backup is taken first)</source>
        <translation>从此答复中删除所选文件（会先进行备份）</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>(no annex)</source>
        <translation>（无附件）</translation>
    </message>
    <message>
        <source>By outcome document</source>
        <translation>按成果文件</translation>
    </message>
    <message>
        <source>As UNODA&apos;s template</source>
        <translation>按裁军事务厅模板</translation>
    </message>
    <message>
        <source>Folder for the report</source>
        <translation>报告保存文件夹</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>请至少选择一种格式。</translation>
    </message>
    <message>
        <source>Give the file a name.</source>
        <translation>请为文件命名。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹%1不存在。</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Replace these files?
%1</source>
        <translation>替换以下文件？
%1</translation>
    </message>
    <message>
        <source>The report is written:
%1</source>
        <translation>报告已生成：
%1</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Export the national report</source>
        <translation>导出国家报告</translation>
    </message>
    <message>
        <source>Write the voluntary national report as a PDF to sign and send, and as an Excel workbook that UNODA and this application can read.</source>
        <translation>将自愿国家报告生成为供签署和发送的PDF文件，以及裁军事务厅和本应用均可读取的Excel工作簿。</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>&amp;PDF report</source>
        <translation>PDF报告(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Excel workbook</source>
        <translation>Excel工作簿(&amp;E)</translation>
    </message>
    <message>
        <source>Submission pac&amp;kage (.zip)</source>
        <translation>报告提交包(.zip)(&amp;K)</translation>
    </message>
    <message>
        <source>One zip file with the PDF, the workbook, the evidence files and a manifest of their SHA-256, which File → Verify a report package… checks</source>
        <translation>一个zip文件，包含PDF、工作簿、证明文件以及列有其SHA-256值的清单，可通过“文件 → 验证报告提交包…”进行核验</translation>
    </message>
    <message>
        <source>Report lan&amp;guage:</source>
        <translation>报告语言(&amp;G)：</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <source>The language the PDF report and the Excel workbook are written in, whatever the language of the window. Commitment IDs and the status codes stay the same in every language.</source>
        <translation>PDF报告和Excel工作簿所用的语言，与窗口语言无关。承诺编号和状态代码在各种语言中均保持不变。</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>顺序(&amp;O)：</translation>
    </message>
    <message>
        <source>Order of the measures in the PDF</source>
        <translation>PDF中措施的顺序</translation>
    </message>
    <message>
        <source>Each outcome document in its own order, or the sections of UNODA&apos;s national report template, the order of its online form</source>
        <translation>按各成果文件自身的顺序，或按裁军事务厅国家报告模板各节的顺序（即其在线表格的顺序）</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>保存位置</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>文件名(&amp;N)：</translation>
    </message>
    <message>
        <source>File name without extension</source>
        <translation>文件名（不含扩展名）</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Print only the first &amp;sentence of each commitment</source>
        <translation>每项承诺仅打印第一句(&amp;S)</translation>
    </message>
    <message>
        <source>Annex of what &amp;changed since:</source>
        <translation>附件列出自此周期以来的更改(&amp;C)：</translation>
    </message>
    <message>
        <source>Annex of what changed since an earlier cycle</source>
        <translation>列出自先前周期以来更改的附件</translation>
    </message>
    <message>
        <source>&amp;Leave out measures not yet assessed</source>
        <translation>不列入尚未评估的措施(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ExportThread</name>
    <message>
        <source>The report could not be written (%1). Nothing was written; the details are in %2.</source>
        <translation>无法生成报告（%1）。未写入任何内容；详细信息见%2。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All documents</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任何状态</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>所有主题</translation>
    </message>
    <message>
        <source>All addressees</source>
        <translation>所有对象</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>Contents of the guide</source>
        <translation>指南目录</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>%1的历史记录</translation>
    </message>
    <message>
        <source>No saved answer yet.</source>
        <translation>尚无已保存的答复。</translation>
    </message>
    <message>
        <source>Each time the answer is saved, a version appears here.</source>
        <translation>每次保存答复时，此处都会显示一个版本。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation>恢复版本</translation>
    </message>
    <message>
        <source>Make version %1 the current answer to %2?

The current answer stays in the history, so this can be undone.</source>
        <translation>将版本%1设为%2的当前答复？

当前答复将保留在历史记录中，因此此操作可以撤销。</translation>
    </message>
    <message>
        <source>Could not restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>#%1  %2  %3  %4</source>
        <translation>#%1  %2  %3  %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>更改：%1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Added text is %1; removed text is %2.</source>
        <translation>新增的文字%1；删除的文字%2。</translation>
    </message>
    <message>
        <source>underlined on green</source>
        <translation>以绿底加下划线显示</translation>
    </message>
    <message>
        <source>struck through on red</source>
        <translation>以红底加删除线显示</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>更改前：</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>更改后：</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本%1</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1（当前）</translation>
    </message>
    <message>
        <source>Saved %1 by %2, %3</source>
        <translation>%2于%1保存，%3</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>更改内容</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>没有任何更改。</translation>
    </message>
    <message>
        <source>The whole answer in this version</source>
        <translation>此版本中的完整答复</translation>
    </message>
    <message>
        <source>This is the current answer.</source>
        <translation>这是当前答复。</translation>
    </message>
    <message>
        <source>This version is the same as the current answer.</source>
        <translation>此版本与当前答复相同。</translation>
    </message>
    <message>
        <source>Make version %1 the current answer again.</source>
        <translation>将版本%1重新设为当前答复。</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>&amp;Saved versions, newest first:</source>
        <translation>已保存的版本（最新的在前）(&amp;S)：</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>已保存的版本</translation>
    </message>
    <message>
        <source>Each saved version of this answer, newest first</source>
        <translation>此答复的每个已保存版本，最新的在前</translation>
    </message>
    <message>
        <source>&amp;Details of the selected version:</source>
        <translation>所选版本的详细信息(&amp;D)：</translation>
    </message>
    <message>
        <source>Details of the selected version</source>
        <translation>所选版本的详细信息</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>恢复此版本(&amp;R)</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>恢复此版本</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>new answer</source>
        <translation>新答复</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Step 1 of 3: the workbook</source>
        <translation>第1步，共3步：工作簿</translation>
    </message>
    <message>
        <source>Step 2 of 3: the columns</source>
        <translation>第2步，共3步：列</translation>
    </message>
    <message>
        <source>Step 3 of 3: check and import</source>
        <translation>第3步，共3步：检查并导入</translation>
    </message>
    <message>
        <source>Another State&apos;s report</source>
        <translation>另一国家的报告</translation>
    </message>
    <message>
        <source>This workbook is the report of %1. The assessment open is %2&apos;s.

Importing it puts the answers of %1 into the assessment of %2. A preview shows every change first, and a backup is taken before anything is written.</source>
        <translation>此工作簿是%1的报告。当前打开的是%2的评估。

导入后，%1的答复将写入%2的评估。系统会先预览每项更改，并在写入任何内容之前创建备份。</translation>
    </message>
    <message>
        <source>Import %1&apos;s answers into %2</source>
        <translation>将%1的答复导入%2的评估</translation>
    </message>
    <message>
        <source>Stopped: nothing was read.</source>
        <translation>已停止：未读取任何内容。</translation>
    </message>
    <message>
        <source>Workbook to import</source>
        <translation>要导入的工作簿</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a workbook first.</source>
        <translation>请先选择工作簿。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取%1…</translation>
    </message>
    <message>
        <source>The sheets and columns chosen last time for this workbook are used.</source>
        <translation>使用上次为此工作簿选择的工作表和列。</translation>
    </message>
    <message>
        <source>%1 (no table found)</source>
        <translation>%1（未找到表格）</translation>
    </message>
    <message>
        <source>Sheets to import: %1.</source>
        <translation>要导入的工作表：%1。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Not read: %1.</source>
        <translation>未读取：%1。</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>%1所在列</translation>
    </message>
    <message>
        <source>(not in this sheet)</source>
        <translation>（不在此工作表中）</translation>
    </message>
    <message>
        <source>Choose at least one sheet to import (Import this sheet).</source>
        <translation>请至少选择一个要导入的工作表（“导入此工作表”）。</translation>
    </message>
    <message>
        <source>%1 new answers, %2 changed, %3 unchanged, %4 kept, %5 report field values.</source>
        <translation>新答复%1项，已更改%2项，未更改%3项，保留%4项，报告字段值%5个。</translation>
    </message>
    <message>
        <source>Replacing overwrites %1 filled fields (see Fields changed).</source>
        <translation>替换将覆盖%1个已填写的字段（见“更改的字段”）。</translation>
    </message>
    <message>
        <source>%1 filled fields differ from the file and are left as they are; choose Replace (Back) to take the file&apos;s values.</source>
        <translation>%1个已填写的字段与文件不同，将保持不变；如要采用文件中的值，请返回上一步，选择“替换已有内容”。</translation>
    </message>
    <message>
        <source>Cannot be read: %1 cell(s), %2 row(s).</source>
        <translation>无法读取：%1个单元格，%2行。</translation>
    </message>
    <message>
        <source>%1, sheets %2.</source>
        <translation>%1，工作表%2。</translation>
    </message>
    <message>
        <source>Cell skipped: </source>
        <translation>跳过的单元格：</translation>
    </message>
    <message>
        <source>Row skipped: </source>
        <translation>跳过的行：</translation>
    </message>
    <message>
        <source>Add to the State profile the agencies it does not have (%1): %2</source>
        <translation>将国家概况中没有的机构添加到概况中（%1个）：%2</translation>
    </message>
    <message>
        <source>Understood: </source>
        <translation>解读：</translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation>导入答复</translation>
    </message>
    <message>
        <source>Choose a workbook: one exported by poa-desktop, or a tracker your ministry keeps. Nothing is written until you confirm the preview.</source>
        <translation>请选择工作簿：由poa-desktop导出的工作簿，或贵部委自行维护的跟踪表。在您确认预览之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>path of an .xlsx file</source>
        <translation>.xlsx文件的路径</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>&amp;Import this sheet</source>
        <translation>导入此工作表(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>标题行(&amp;H)：</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>标题行</translation>
    </message>
    <message>
        <source>Which column holds what (proposed from the headers; change any of them):</source>
        <translation>各列内容（根据标题建议，均可更改）：</translation>
    </message>
    <message>
        <source>Column for each field</source>
        <translation>各字段对应的列</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Column in the sheet</source>
        <translation>工作表中的列</translation>
    </message>
    <message>
        <source>Other status &amp;words:</source>
        <translation>其他状态用语(&amp;W)：</translation>
    </message>
    <message>
        <source>Other status words</source>
        <translation>其他状态用语</translation>
    </message>
    <message>
        <source>e.g.  Peut-être = developing; x = implemented; TBC = none</source>
        <translation>例如：进行中 = developing; x = implemented; 待定 = none</translation>
    </message>
    <message>
        <source>Existing answers:</source>
        <translation>现有答复：</translation>
    </message>
    <message>
        <source>&amp;Fill only their empty fields</source>
        <translation>仅填写空白字段(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Replace what they hold</source>
        <translation>替换已有内容(&amp;R)</translation>
    </message>
    <message>
        <source>Overwrites filled fields with the file&apos;s values; the preview counts them</source>
        <translation>用文件中的值覆盖已填写的字段；预览中会统计其数量</translation>
    </message>
    <message>
        <source>&amp;Keep them whole</source>
        <translation>完整保留(&amp;K)</translation>
    </message>
    <message>
        <source>What the import changes</source>
        <translation>导入将作的更改</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Status: before → after</source>
        <translation>状态：之前 → 之后</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>更改的字段</translation>
    </message>
    <message>
        <source>Cells and rows that cannot be read:</source>
        <translation>无法读取的单元格和行：</translation>
    </message>
    <message>
        <source>Cells and rows that cannot be read</source>
        <translation>无法读取的单元格和行</translation>
    </message>
    <message>
        <source>&amp;Skip what cannot be read and import the rest</source>
        <translation>跳过无法读取的内容，导入其余内容(&amp;S)</translation>
    </message>
    <message>
        <source>How typed values were understood, and notes:</source>
        <translation>输入值的解读方式及说明：</translation>
    </message>
    <message>
        <source>How typed values were understood, and notes</source>
        <translation>输入值的解读方式及说明</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation>导入已完成。</translation>
    </message>
    <message>
        <source>A backup was taken just before: %1</source>
        <translation>导入前已创建备份：%1</translation>
    </message>
    <message>
        <source>Undo: restore the backup…</source>
        <translation>撤销：恢复备份…</translation>
    </message>
    <message>
        <source>New answers: %1</source>
        <translation>新答复：%1</translation>
    </message>
    <message>
        <source>Answers changed: %1</source>
        <translation>已更改的答复：%1</translation>
    </message>
    <message>
        <source>Answers kept as they were: %1</source>
        <translation>保持原样的答复：%1</translation>
    </message>
    <message>
        <source>Report field values: %1</source>
        <translation>报告字段值：%1</translation>
    </message>
    <message>
        <source>Cells skipped: %1</source>
        <translation>跳过的单元格：%1</translation>
    </message>
    <message>
        <source>Rows skipped: %1</source>
        <translation>跳过的行：%1</translation>
    </message>
    <message>
        <source>Agencies added to the profile: %1</source>
        <translation>添加到概况中的机构：%1</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>poa-desktop will speak %1 from its next start.</source>
        <translation>poa-desktop将于下次启动时使用%1。</translation>
    </message>
    <message>
        <source>For now POA_DESKTOP_LANG=%1 is set, and wins over this choice.</source>
        <translation>目前已设置POA_DESKTOP_LANG=%1，该设置优先于此选择。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>LawsTable</name>
    <message>
        <source>Title (original language)</source>
        <translation>标题（原文）</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>英文标题</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>What it provides</source>
        <translation>主要规定</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>a declaration</source>
        <translation>声明性段落</translation>
    </message>
    <message>
        <source>a procedural paragraph</source>
        <translation>程序性段落</translation>
    </message>
    <message>
        <source>This answer was saved when the commitment catalog counted %1 as a measure. Catalog %2 reads it as %3, which is not assessed: the answer is kept and shown here read-only, but it no longer counts in the progress or the report.</source>
        <translation>保存此答复时，承诺目录将%1列为措施。在目录%2中，它是%3，此类段落不予评估：答复予以保留，并在此以只读方式显示，但不再计入进度或报告。</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>尚无答复</translation>
    </message>
    <message>
        <source>Last saved %1</source>
        <translation>上次保存：%1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>保存人：%1</translation>
    </message>
    <message>
        <source>%1 of %2 paragraphs match</source>
        <translation>%2个段落中有%1个匹配</translation>
    </message>
    <message>
        <source>Assessed %1 of %2 measures (%3%)</source>
        <translation>%2项措施中已评估%1项（%3%）</translation>
    </message>
    <message>
        <source> (submitted for clearance)</source>
        <translation>（已提交核准）</translation>
    </message>
    <message>
        <source> (cleared)</source>
        <translation>（已核准）</translation>
    </message>
    <message>
        <source>Working as %1</source>
        <translation>当前身份：%1</translation>
    </message>
    <message>
        <source>Working as</source>
        <translation>当前身份</translation>
    </message>
    <message>
        <source>Your name, as the history and the report should record your changes.
Leave it empty to work as the focal point of the State profile. The computer login is recorded beside it.</source>
        <translation>请输入您的姓名，历史记录和报告将以此姓名记录您的更改。
留空则以国家概况中的国家协调中心身份工作。计算机登录名将一并记录。</translation>
    </message>
    <message>
        <source>To change them, reopen the assessment as a draft, saying why (Assessment → Clearance…).</source>
        <translation>如需更改，请说明理由，将评估作为草稿重新打开（评估 → 核准…）。</translation>
    </message>
    <message>
        <source>Submitted for clearance: the answers cannot change.</source>
        <translation>已提交核准：答复不能更改。</translation>
    </message>
    <message>
        <source>Submitted for clearance on %1 by %2: the answers cannot change.</source>
        <translation>%2已于%1提交核准：答复不能更改。</translation>
    </message>
    <message>
        <source>Cleared (approved for release): the answers are frozen.</source>
        <translation>已核准（批准发布）：答复已冻结。</translation>
    </message>
    <message>
        <source>Cleared (approved for release) on %1 by %2: the answers are frozen.</source>
        <translation>%2已于%1核准（批准发布）：答复已冻结。</translation>
    </message>
    <message>
        <source>poa-desktop</source>
        <translation>poa-desktop</translation>
    </message>
    <message>
        <source>Search commitments and answers (Ctrl+F)</source>
        <translation>搜索承诺和答复（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Filter by document</source>
        <translation>按文件筛选</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>Filter by theme</source>
        <translation>按主题筛选</translation>
    </message>
    <message>
        <source>Filter by addressees</source>
        <translation>按对象筛选</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>上一项(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一项(&amp;N)</translation>
    </message>
    <message>
        <source>Next &amp;unanswered</source>
        <translation>下一项未答复(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>保存状态</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>答复(&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;ssessment</source>
        <translation>评估(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>新建评估(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Import answers…</source>
        <translation>导入答复(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Prepare agency workbook…</source>
        <translation>编制机构工作簿(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Take back an agency&apos;s workbook…</source>
        <translation>收回机构工作簿(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Verify a report package…</source>
        <translation>验证报告提交包(&amp;V)…</translation>
    </message>
    <message>
        <source>Check that a submission package (.zip) is exactly as it was written</source>
        <translation>检查报告提交包(.zip)是否与写入时完全一致</translation>
    </message>
    <message>
        <source>&amp;Analyse national reports…</source>
        <translation>分析国家报告(&amp;A)…</translation>
    </message>
    <message>
        <source>Read many States&apos; national workbooks together: implementation by measure, State, theme and region, and assistance needed against offered</source>
        <translation>汇总读取多个国家的国家工作簿：按措施、国家、主题和区域分列的执行情况，以及所需援助与可提供援助的对照</translation>
    </message>
    <message>
        <source>&amp;Reporting period and language…</source>
        <translation>报告期和语言(&amp;R)…</translation>
    </message>
    <message>
        <source>Outcome &amp;documents…</source>
        <translation>成果文件(&amp;D)…</translation>
    </message>
    <message>
        <source>The outcome documents this assessment covers; add a newer outcome or a regional instrument</source>
        <translation>本评估涵盖的成果文件；添加较新的成果文件或区域文书</translation>
    </message>
    <message>
        <source>&amp;Working as…</source>
        <translation>当前身份(&amp;W)…</translation>
    </message>
    <message>
        <source>Who the changes are recorded as (the focal point unless you say otherwise)</source>
        <translation>以谁的名义记录更改（除非另行指定，否则为国家协调中心）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Previous commitment</source>
        <translation>上一项承诺(&amp;P)</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>&amp;Next commitment</source>
        <translation>下一项承诺(&amp;N)</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Next &amp;unanswered measure</source>
        <translation>下一项未答复的措施(&amp;U)</translation>
    </message>
    <message>
        <source>The next measure without a status (Ctrl+U)</source>
        <translation>下一项没有状态的措施（Ctrl+U）</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>仪表板(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>What &amp;changed since an earlier cycle…</source>
        <translation>自先前周期以来的更改(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Confirm unchanged since the earlier cycle</source>
        <translation>确认自先前周期以来未变(&amp;C)</translation>
    </message>
    <message>
        <source>State &amp;profile and agencies…</source>
        <translation>国家概况和机构(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Agencies and assignments…</source>
        <translation>机构和分配(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Clearance…</source>
        <translation>核准(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;History of this answer…</source>
        <translation>此答复的历史记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>副本另存为(&amp;C)…</translation>
    </message>
    <message>
        <source>Save a self-contained copy of the database, e.g. to hand it over</source>
        <translation>保存一份独立完整的数据库副本，例如用于移交</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Read this paragraph in the &amp;source text</source>
        <translation>阅读本段原文(&amp;S)</translation>
    </message>
    <message>
        <source>Open the outcome document as bundled with the app, at this paragraph</source>
        <translation>打开本应用随附的成果文件，定位到本段</translation>
    </message>
    <message>
        <source>Shift+F1</source>
        <translation>Shift+F1</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>How to use poa-desktop, step by step</source>
        <translation>逐步了解如何使用 poa-desktop</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About poa-desktop</source>
        <translation>关于poa-desktop(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>The filter shows no measures. Clear the filter to see them all.</source>
        <translation>筛选结果中没有措施。清除筛选即可查看全部措施。</translation>
    </message>
    <message>
        <source>Every measure the filter shows has a status. Clear the filter to find the %1 still to assess.</source>
        <translation>筛选显示的所有措施均已有状态。清除筛选即可找到尚待评估的%1项措施。</translation>
    </message>
    <message>
        <source>Every measure has a status.</source>
        <translation>所有措施均已有状态。</translation>
    </message>
    <message>
        <source>This is the last measure the filter shows (%1 of %2). Clear the filter to go on.</source>
        <translation>这是筛选显示的最后一项措施（第%1项，共%2项）。清除筛选即可继续。</translation>
    </message>
    <message>
        <source>This is the last measure (%1 of %2).</source>
        <translation>这是最后一项措施（第%1项，共%2项）。</translation>
    </message>
    <message>
        <source>This is the first measure the filter shows (%1 of %2). Clear the filter to go further back.</source>
        <translation>这是筛选显示的第一项措施（第%1项，共%2项）。清除筛选即可继续向前。</translation>
    </message>
    <message>
        <source>This is the first measure (%1 of %2).</source>
        <translation>这是第一项措施（第%1项，共%2项）。</translation>
    </message>
    <message>
        <source>This measure is the last one without a status.</source>
        <translation>这是最后一项没有状态的措施。</translation>
    </message>
    <message>
        <source>The short codes name the sections of each document:</source>
        <translation>简码表示各文件的节：</translation>
    </message>
</context>
<context>
    <name>NavigationModel</name>
    <message>
        <source>%1: shown for reference, not assessed (%2)</source>
        <translation>%1：仅供参考，不予评估（%2）</translation>
    </message>
    <message>
        <source>a declaration</source>
        <translation>声明性段落</translation>
    </message>
    <message>
        <source>a procedural paragraph</source>
        <translation>程序性段落</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Reporting period and report language</source>
        <translation>报告期和报告语言</translation>
    </message>
    <message>
        <source>The period the national report covers, as UNODA&apos;s template asks for it, and the language the report is written in unless you choose another when exporting.</source>
        <translation>国家报告所涵盖的期间（按裁军事务厅模板的要求），以及撰写报告所用的语言（除非导出时另行选择）。</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>开始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>First day of the reporting period</source>
        <translation>报告期的开始日期</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>结束日期(&amp;L)：</translation>
    </message>
    <message>
        <source>Last day of the reporting period</source>
        <translation>报告期的结束日期</translation>
    </message>
    <message>
        <source>Report lan&amp;guage:</source>
        <translation>报告语言(&amp;G)：</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>报告语言</translation>
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
        <translation>%1：%3项措施中已评估%2项</translation>
    </message>
    <message>
        <source>Share of the measures that have a status</source>
        <translation>已有状态的措施所占比例</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>已评估</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
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
        <translation>恢复这些答复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save as a file…</source>
        <translation>另存为文件(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>丢弃(&amp;D)…</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>稍后决定(&amp;L)</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>未恢复任何内容：%1</translation>
    </message>
    <message>
        <source>The answers were restored, but the recovery file could not be updated (%1): choose Discard, or they are offered again at the next start.</source>
        <translation>答复已恢复，但无法更新恢复文件（%1）：请选择“丢弃”，否则下次启动时将再次提供这些答复。</translation>
    </message>
    <message>
        <source>%1 answer(s) restored. %2 could not be restored and stay in the recovery file:
%3</source>
        <translation>已恢复%1项答复。%2项无法恢复，仍保留在恢复文件中：
%3</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <source>Saved to %1. The answers are still kept here until you restore or discard them.</source>
        <translation>已保存到%1。在您恢复或丢弃这些答复之前，它们仍保留在此处。</translation>
    </message>
    <message>
        <source>Save the kept answers as</source>
        <translation>将保留的答复另存为</translation>
    </message>
    <message>
        <source>Text (*.txt);;JSON (*.json)</source>
        <translation>文本 (*.txt);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Discard the kept answers?</source>
        <translation>丢弃保留的答复？</translation>
    </message>
    <message>
        <source>What you typed in these answers will be lost for good. Save them as a file first if you may need them.</source>
        <translation>您在这些答复中输入的内容将永久丢失。如果以后可能需要，请先将其另存为文件。</translation>
    </message>
    <message>
        <source>poa-desktop could not save your last changes to the database
    %1
and kept them in the recovery file
    %2
Restore them into the database now, save them as a file to keep, or discard them.</source>
        <translation>poa-desktop无法将您最近的更改保存到以下数据库：
    %1
这些更改已保留在以下恢复文件中：
    %2
您可以现在将其恢复到数据库、另存为文件加以保留，或予以丢弃。</translation>
    </message>
    <message>
        <source>a recovery file</source>
        <translation>恢复文件</translation>
    </message>
    <message>
        <source>Disk full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>Could not write (read-only)</source>
        <translation>无法写入（只读）</translation>
    </message>
    <message>
        <source>Database file deleted or moved</source>
        <translation>数据库文件已删除或移动</translation>
    </message>
    <message>
        <source>Database file damaged</source>
        <translation>数据库文件已损坏</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Answers that could not be saved</source>
        <translation>无法保存的答复</translation>
    </message>
    <message>
        <source>&amp;Kept answers:</source>
        <translation>保留的答复(&amp;K)：</translation>
    </message>
    <message>
        <source>Kept answers</source>
        <translation>保留的答复</translation>
    </message>
    <message>
        <source>Each answer that could not be saved: its assessment, commitment, status, first words, when and why</source>
        <translation>每项无法保存的答复：所属评估、承诺、状态、开头文字、时间和原因</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>已采取的措施</translation>
    </message>
    <message>
        <source>Kept on</source>
        <translation>保留时间</translation>
    </message>
    <message>
        <source>Why it was not saved</source>
        <translation>未保存的原因</translation>
    </message>
    <message>
        <source>Restoring saves each answer as a new version. If an answer was changed since, what it said before stays in its history (the History… button) and can be restored from there.</source>
        <translation>恢复时，每项答复将保存为新版本。如果某项答复此后已更改，其原有内容会保留在历史记录中（“历史记录…”按钮），可从那里恢复。</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Annex A. Assistance needed and offered</source>
        <translation>附件A 所需援助和可提供的援助</translation>
    </message>
    <message>
        <source>A.1 Assistance needed</source>
        <translation>A.1 所需援助</translation>
    </message>
    <message>
        <source>A.2 Assistance offered</source>
        <translation>A.2 可提供的援助</translation>
    </message>
    <message>
        <source>Annex B. Laws and regulations cited</source>
        <translation>附件B 援引的法律法规</translation>
    </message>
    <message>
        <source>Annex C. Contacts</source>
        <translation>附件C 联系人</translation>
    </message>
    <message>
        <source>C.1 National focal point</source>
        <translation>C.1 国家协调中心</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>C.2 Contributing agencies</source>
        <translation>C.2 参与机构</translation>
    </message>
    <message>
        <source>C.3 Other contacts</source>
        <translation>C.3 其他联系人</translation>
    </message>
    <message>
        <source>Annex D. Items open at clearance</source>
        <translation>附件D 核准时的未决事项</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Open item</source>
        <translation>未决事项</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Status before</source>
        <translation>此前状态</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>更改内容</translation>
    </message>
    <message>
        <source>No laws or regulations are cited.</source>
        <translation>未援引任何法律法规。</translation>
    </message>
    <message>
        <source>Annex E. What changed since %1</source>
        <translation>附件E 自%1以来的更改</translation>
    </message>
    <message>
        <source>No assistance needs are recorded.</source>
        <translation>未记录任何援助需求。</translation>
    </message>
    <message>
        <source>No offers of assistance are recorded.</source>
        <translation>未记录任何援助提议。</translation>
    </message>
    <message>
        <source>Law or regulation</source>
        <translation>法律或法规</translation>
    </message>
    <message>
        <source>Cited under</source>
        <translation>援引于</translation>
    </message>
    <message>
        <source>No agencies are recorded.</source>
        <translation>未记录任何机构。</translation>
    </message>
    <message>
        <source>No other contacts are recorded.</source>
        <translation>未记录其他联系人。</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Assistance needed</source>
        <translation>所需援助</translation>
    </message>
    <message>
        <source>National target</source>
        <translation>国家目标</translation>
    </message>
    <message>
        <source>Assistance offered</source>
        <translation>可提供的援助</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>%1前</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>All measures</source>
        <translation>所有措施</translation>
    </message>
    <message>
        <source>Annex F. Evidence files</source>
        <translation>附件F 证明文件</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>%1 (cont.)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>National report of %1 on the implementation of the Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects and the International Tracing Instrument</source>
        <translation>%1关于执行《从各个方面防止、打击和消除小武器和轻武器非法贸易的行动纲领》和《使各国能够及时和可靠地识别和追查非法小武器和轻武器的国际文书》情况的国家报告</translation>
    </message>
    <message>
        <source>1. Summary</source>
        <translation>1. 摘要</translation>
    </message>
    <message>
        <source>Status of the measures</source>
        <translation>措施状态</translation>
    </message>
    <message>
        <source>Draft, not cleared</source>
        <translation>草稿，未核准</translation>
    </message>
    <message>
        <source>Submitted for clearance, not yet cleared</source>
        <translation>已提交核准，尚未核准</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>已核准</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>Prepared with poa-desktop %1 (commitment catalog %2). The text of each commitment is quoted verbatim from the outcome documents.</source>
        <translation>使用poa-desktop %1（承诺目录%2）编制。每项承诺的案文均逐字引自成果文件。</translation>
    </message>
    <message>
        <source>The commitments are quoted in English, the language of the outcome documents held by this application.</source>
        <translation>承诺均以英文引述，即本应用所收录成果文件的语言。</translation>
    </message>
    <message>
        <source>Cleared by %1 on %2</source>
        <translation>由%1于%2核准</translation>
    </message>
    <message>
        <source>Cleared by %1</source>
        <translation>由%1核准</translation>
    </message>
    <message>
        <source>Cleared on %1</source>
        <translation>于%1核准</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>自%1起</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>至%1止</translation>
    </message>
    <message>
        <source>Reporting cycle</source>
        <translation>报告周期</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>报告期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Outcome documents</source>
        <translation>成果文件</translation>
    </message>
    <message>
        <source>National focal point</source>
        <translation>国家协调中心</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>Voluntary national report to the United Nations Office for Disarmament Affairs</source>
        <translation>提交联合国裁军事务厅的自愿国家报告</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Figure 1. Measures by status, for each section of the outcome documents. Each status has its own fill pattern as well as its own colour.</source>
        <translation>图1 按状态分列的措施，按成果文件各节列示。每种状态除有各自的颜色外，还有各自的填充图案。</translation>
    </message>
    <message>
        <source>Table 1. Measures by status, for each outcome document and section.</source>
        <translation>表1 按状态分列的措施，按成果文件及其各节列示。</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>National report on the PoA and the ITI</source>
        <translation>关于《行动纲领》和《国际追查文书》的国家报告</translation>
    </message>
    <message>
        <source>Generated %1 · %2</source>
        <translation>生成于%1 · %2</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>生成于%1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第%1页，共%2页</translation>
    </message>
    <message>
        <source>Voluntary national report, %1</source>
        <translation>自愿国家报告，%1</translation>
    </message>
    <message>
        <source>No measure of this document has been assessed yet.</source>
        <translation>本文件尚无任何措施得到评估。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>The declaratory paragraphs (%1) and the procedural paragraphs (%2) are not assessed and are not reproduced here; this section covers the measures only.</source>
        <translation>声明性段落（%1）和程序性段落（%2）不予评估，也不在此转载；本节仅涉及措施。</translation>
    </message>
    <message>
        <source>The declaratory paragraphs (%1) are not assessed and are not reproduced here; this section covers the measures only.</source>
        <translation>声明性段落（%1）不予评估，也不在此转载；本节仅涉及措施。</translation>
    </message>
    <message>
        <source>The procedural paragraphs (%1) are not assessed and are not reproduced here; this section covers the measures only.</source>
        <translation>程序性段落（%1）不予评估，也不在此转载；本节仅涉及措施。</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>The report was cleared by %1 on %2.</source>
        <translation>报告由%1于%2核准。</translation>
    </message>
    <message>
        <source>%n item of the clearance checklist was still open; it is listed here as recorded at clearance.|%n items of the clearance checklist were still open; they are listed here as recorded at clearance.</source>
        <translation>核准时核对清单中仍有%n个未决事项；此处按核准时的记录列出。</translation>
    </message>
    <message>
        <source>%n law or regulation is cited in the answers, listed with the commitments under which it is cited.|%n laws and regulations are cited in the answers, each listed once with the commitments under which it is cited.</source>
        <translation>答复中援引了%n项法律法规，每项只列出一次，并注明援引该项法律法规的承诺。</translation>
    </message>
    <message>
        <source>The report was cleared by %1.</source>
        <translation>报告由%1核准。</translation>
    </message>
    <message>
        <source>%n measure whose status or text differs between the %1 and %2 assessments.|%n measures whose status or text differ between the %1 and %2 assessments.</source>
        <translation>%n项措施的状态或案文在%1和%2两次评估之间有所不同。</translation>
    </message>
    <message>
        <source>The report was cleared on %1.</source>
        <translation>报告于%1核准。</translation>
    </message>
    <message>
        <source>The report was cleared.</source>
        <translation>报告已核准。</translation>
    </message>
    <message>
        <source>%n file supports the answers. It is identified by its SHA-256 digest, which the submission package&apos;s manifest repeats, so a copy can be checked.|%n files support the answers. Each is identified by its SHA-256 digest, which the submission package&apos;s manifest repeats, so a copy can be checked.</source>
        <translation>%n个文件为答复提供佐证。每个文件均以其SHA-256摘要标识，报告提交包的清单中也载有该摘要，因此可以核对副本。</translation>
    </message>
    <message>
        <source>Transmitted by (name and title)</source>
        <translation>转递人（姓名和职务）</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>%1 has assessed %2 of the %3 measures that the outcome documents ask States to take: %4; %5 are not yet assessed.</source>
        <translation>%1已评估成果文件要求各国采取的%3项措施中的%2项：%4；尚有%5项未评估。</translation>
    </message>
    <message>
        <source>%1 has assessed %2 of the %3 measures that the outcome documents ask States to take: %4.</source>
        <translation>%1已评估成果文件要求各国采取的%3项措施中的%2项：%4。</translation>
    </message>
    <message>
        <source>For transmission</source>
        <translation>供转递</translation>
    </message>
    <message>
        <source>Assistance is needed for %n measure. By kind: %1. Annex A gives the text of the commitment and the assistance offered.|Assistance is needed for %n measures. By kind: %1. Annex A gives the text of each commitment and the assistance offered.</source>
        <translation>%n项措施需要援助。按类型：%1。附件A列出每项承诺的案文和可提供的援助。</translation>
    </message>
    <message>
        <source>Laws by area</source>
        <translation>按领域分列的法律</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>National data</source>
        <translation>国家数据</translation>
    </message>
    <message>
        <source>Concerns %1.</source>
        <translation>所涉承诺：%1。</translation>
    </message>
    <message>
        <source>Figures and facts the State reports once for the whole report; each measure they concern refers here.</source>
        <translation>国家为整份报告一次性提供的数据和情况；所涉各项措施均援引此处。</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数据项</translation>
    </message>
    <message>
        <source>No national data has been entered.</source>
        <translation>尚未输入任何国家数据。</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1/%2（%3）</translation>
    </message>
    <message>
        <source>Proportion: %1</source>
        <translation>比例：%1</translation>
    </message>
    <message>
        <source>Yes. &lt;i&gt;Kinds:&lt;/i&gt; %1.</source>
        <translation>是。&lt;i&gt;类型：&lt;/i&gt;%1。</translation>
    </message>
    <message>
        <source>Yes.</source>
        <translation>是。</translation>
    </message>
    <message>
        <source>See National data: %1.</source>
        <translation>见“国家数据”：%1。</translation>
    </message>
    <message>
        <source>Report data</source>
        <translation>报告数据</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>&lt;i&gt;Target date:&lt;/i&gt; %1</source>
        <translation>&lt;i&gt;目标日期：&lt;/i&gt;%1</translation>
    </message>
    <message>
        <source>No longer current: %1</source>
        <translation>已不再适用：%1</translation>
    </message>
    <message>
        <source>The measures in the order of UNODA’s reporting template</source>
        <translation>按裁军事务厅报告模板顺序排列的措施</translation>
    </message>
    <message>
        <source>Each measure of the outcome documents is placed under one section of the template, with its citation; the answers are those of the rest of the report.</source>
        <translation>成果文件的每项措施均归入模板的某一节，并注明出处；答复与报告其余部分相同。</translation>
    </message>
    <message>
        <source>No measure of this section is shown.</source>
        <translation>本节未列出任何措施。</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Report fields</source>
        <translation>报告字段</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于本工作簿</translation>
    </message>
    <message>
        <source>Changes since {cycle}</source>
        <translation>自{cycle}以来的更改</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证明文件</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>国家协调中心</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Format: {column}</source>
        <translation>格式：{column}</translation>
    </message>
    <message>
        <source>Template answer</source>
        <translation>模板答复</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>状态代码</translation>
    </message>
    <message>
        <source>Workbook format</source>
        <translation>工作簿格式</translation>
    </message>
    <message>
        <source>Application version</source>
        <translation>应用版本</translation>
    </message>
    <message>
        <source>Catalog version</source>
        <translation>承诺目录版本</translation>
    </message>
    <message>
        <source>State</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>ISO代码</translation>
    </message>
    <message>
        <source>Reporting period start</source>
        <translation>报告期开始日期</translation>
    </message>
    <message>
        <source>Reporting period end</source>
        <translation>报告期结束日期</translation>
    </message>
    <message>
        <source>Assessment status</source>
        <translation>评估状态</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <source>Exported at (UTC)</source>
        <translation>导出时间（UTC）</translation>
    </message>
    <message>
        <source>Answers SHA-256</source>
        <translation>答复的SHA-256值</translation>
    </message>
    <message>
        <source>Measures assessed</source>
        <translation>已评估的措施</translation>
    </message>
    <message>
        <source>Commitment ID</source>
        <translation>承诺编号</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>Changed after export</source>
        <translation>导出后已更改</translation>
    </message>
    <message>
        <source>Not a readable national workbook</source>
        <translation>不是可读取的国家工作簿</translation>
    </message>
    <message>
        <source>African</source>
        <translation>非洲</translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation>亚太</translation>
    </message>
    <message>
        <source>Eastern European</source>
        <translation>东欧</translation>
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
        <translation>非洲国家集团</translation>
    </message>
    <message>
        <source>Asia-Pacific Group</source>
        <translation>亚太国家集团</translation>
    </message>
    <message>
        <source>Eastern European Group</source>
        <translation>东欧国家集团</translation>
    </message>
    <message>
        <source>Latin American and Caribbean Group (GRULAC)</source>
        <translation>拉丁美洲和加勒比国家集团（GRULAC）</translation>
    </message>
    <message>
        <source>Western European and others Group (WEOG)</source>
        <translation>西欧和其他国家集团（WEOG）</translation>
    </message>
    <message>
        <source>No UN regional group</source>
        <translation>不属于联合国区域集团</translation>
    </message>
    <message>
        <source>By measure</source>
        <translation>按措施</translation>
    </message>
    <message>
        <source>By State</source>
        <translation>按国家</translation>
    </message>
    <message>
        <source>By theme and region</source>
        <translation>按主题和区域</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>援助</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>States reporting</source>
        <translation>提交报告的国家</translation>
    </message>
    <message>
        <source>UN regional group</source>
        <translation>联合国区域集团</translation>
    </message>
    <message>
        <source>Theme ID</source>
        <translation>主题编号</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Kinds named in the offer</source>
        <translation>提议中列明的类型</translation>
    </message>
    <message>
        <source>Offered on the same measure by</source>
        <translation>就同一措施提供援助的国家</translation>
    </message>
    <message>
        <source>Offered on a measure of the same theme by</source>
        <translation>就同一主题的措施提供援助的国家</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>已计入</translation>
    </message>
    <message>
        <source>Not counted: the same State and cycle again</source>
        <translation>未计入：同一国家同一周期的重复报告</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>Kind not said</source>
        <translation>未说明类型</translation>
    </message>
    <message>
        <source>National reports on the PoA and ITI: analysis</source>
        <translation>关于《行动纲领》和《国际追查文书》的国家报告：分析</translation>
    </message>
    <message>
        <source>Implementation by document section</source>
        <translation>按文件各节分列的执行情况</translation>
    </message>
    <message>
        <source>Implementation by UN regional group</source>
        <translation>按联合国区域集团分列的执行情况</translation>
    </message>
    <message>
        <source>The least implemented measures</source>
        <translation>执行程度最低的措施</translation>
    </message>
    <message>
        <source>The measures the fewest States implement, as a share of the States that gave them a status other than Not applicable.</source>
        <translation>执行国家比例最低的措施；比例按对该措施给出“不适用”以外状态的国家计算。</translation>
    </message>
    <message>
        <source>Assistance: needs and offers</source>
        <translation>援助：需求和提议</translation>
    </message>
    <message>
        <source>A need is met on the same measure when another State offers assistance on that measure, on the same theme when it offers assistance on a measure sharing one of its themes; an offer that names no kind of assistance is taken to offer any.</source>
        <translation>如另一国家就某项措施提供援助，则对该措施的需求视为在同一措施上得到满足；如另一国家就与该措施至少共有一个主题的措施提供援助，则视为在同一主题上得到满足。未列明援助类型的提议视为提供任何类型的援助。</translation>
    </message>
    <message>
        <source>By kind of assistance</source>
        <translation>按援助类型</translation>
    </message>
    <message>
        <source>By theme</source>
        <translation>按主题</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>States needing</source>
        <translation>需要援助的国家</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>提议</translation>
    </message>
    <message>
        <source>States offering</source>
        <translation>提供援助的国家</translation>
    </message>
    <message>
        <source>Met on the same measure</source>
        <translation>在同一措施上得到满足</translation>
    </message>
    <message>
        <source>Met on the measure or theme</source>
        <translation>在措施或主题上得到满足</translation>
    </message>
    <message>
        <source>Implemented (share)</source>
        <translation>已执行（比例）</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Kind of assistance</source>
        <translation>援助类型</translation>
    </message>
    <message>
        <source>Files not counted</source>
        <translation>未计入的文件</translation>
    </message>
    <message>
        <source>National reports counted: %1, of %2 States, from %3 files read. Cycles: %4. Catalog version: %5.</source>
        <translation>计入的国家报告：%1份，来自%2个国家，共读取%3个文件。周期：%4。承诺目录版本：%5。</translation>
    </message>
    <message>
        <source>Files not counted: %1. They are listed at the end, with the reason.</source>
        <translation>未计入的文件：%1个。文末列出了这些文件及其原因。</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第%1页</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>节</translation>
    </message>
    <message>
        <source>Commitment text</source>
        <translation>承诺案文</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后更改时间</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Field ID</source>
        <translation>字段编号</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Title or role</source>
        <translation>职务或职责</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>更改的字段</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256值</translation>
    </message>
    <message>
        <source>Added (UTC)</source>
        <translation>添加时间（UTC）</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>Stable id of the paragraph (BMS8-29, RC3-II-21); the key of each row.</source>
        <translation>段落的固定编号（如BMS8-29、RC3-II-21），是每一行的键。</translation>
    </message>
    <message>
        <source>{statuses}, or empty: not assessed.</source>
        <translation>{statuses}；留空表示尚未评估。</translation>
    </message>
    <message>
        <source>The status in the words of UNODA&apos;s national report template: {template}; empty: not assessed. Written by the application from the Status column.</source>
        <translation>以裁军事务厅国家报告模板的措辞表示的状态：{template}；留空表示尚未评估。由本应用根据“状态”列写入。</translation>
    </message>
    <message>
        <source>The status as a code, the same in every language: implemented, developing, not_implemented, not_applicable; empty: not assessed. Written by the application; when the workbook comes back, the Status column is what counts.</source>
        <translation>以代码表示的状态，在各种语言中均相同：implemented、developing、not_implemented、not_applicable；留空表示尚未评估。由本应用写入；工作簿交回时，以“状态”列为准。</translation>
    </message>
    <message>
        <source>One law per line: original title | English title | year | link | area | what it provides; the area is one of {areas}. Inside a value write \| for a vertical bar, \\ for a backslash, \n for a line break.</source>
        <translation>每行一部法律：原标题 | 英文标题 | 年份 | 链接 | 领域 | 主要规定；领域为以下之一：{areas}。在值内，用\|表示竖线，用\\表示反斜杠，用\n表示换行。</translation>
    </message>
    <message>
        <source>One agency per line.</source>
        <translation>每行一个机构。</translation>
    </message>
    <message>
        <source>{yes} or {no}.</source>
        <translation>{yes}或{no}。</translation>
    </message>
    <message>
        <source>Any of {kinds}; separated by commas.</source>
        <translation>以下任意几项：{kinds}；用英文逗号（,）分隔。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD.</source>
        <translation>格式为YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>When the answer was last saved, ISO 8601 in UTC (YYYY-MM-DDTHH:MM:SSZ).</source>
        <translation>答复最后一次保存的时间，采用ISO 8601格式，UTC时间（YYYY-MM-DDTHH:MM:SSZ）。</translation>
    </message>
    <message>
        <source>Where the answer came from: {sources}.</source>
        <translation>答复的来源：{sources}。</translation>
    </message>
    <message>
        <source>One row per commitment and field; a field repeats under each commitment.</source>
        <translation>每项承诺的每个字段各占一行；同一字段在每项承诺下重复出现。</translation>
    </message>
    <message>
        <source>SHA-256 of the answers&apos; content as canonical JSON, by commitment id.</source>
        <translation>以规范化JSON表示、按承诺编号组织的答复内容的SHA-256值。</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>保护</translation>
    </message>
    <message>
        <source>Ids and texts are locked, answers editable. No password: Review &gt; Unprotect Sheet.</source>
        <translation>编号和文本已锁定，答复可编辑。未设密码：“审阅 &gt; 撤消工作表保护”。</translation>
    </message>
    <message>
        <source>Voluntary national report to UNODA</source>
        <translation>提交裁军事务厅的自愿国家报告</translation>
    </message>
    <message>
        <source>Yes or No</source>
        <translation>是或否</translation>
    </message>
    <message>
        <source>{state}: national report on the PoA and ITI, {cycle}</source>
        <translation>{state}：关于《行动纲领》和《国际追查文书》的国家报告，{cycle}</translation>
    </message>
    <message>
        <source>Choose one of: {values}; or leave the cell empty.</source>
        <translation>请从以下选项中选择一项：{values}；或将单元格留空。</translation>
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
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>%1 measures and %2 paragraphs shown for reference</source>
        <translation>%1项措施和%2个仅供参考的段落</translation>
    </message>
    <message>
        <source>%1 measures</source>
        <translation>%1项措施</translation>
    </message>
    <message>
        <source>%1 paragraphs shown for reference, none assessed</source>
        <translation>%1个仅供参考的段落，均不予评估</translation>
    </message>
    <message>
        <source>%1 is the outcome document %2 (%3)</source>
        <translation>%1即成果文件%2（%3）</translation>
    </message>
    <message>
        <source>Section %1 of the %2 outcome (%3): %4</source>
        <translation>%2成果文件（%3）%1节：%4</translation>
    </message>
    <message>
        <source>The %1 of the %2 outcome (%3): %4</source>
        <translation>%2成果文件（%3）的%1：%4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — %2.</source>
        <translation>%1——%2。</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>节</translation>
    </message>
    <message>
        <source>&amp;Paragraphs (Enter opens one):</source>
        <translation>段落（按 Enter 打开所选段落）(&amp;P)：</translation>
    </message>
    <message>
        <source>Paragraphs under this heading</source>
        <translation>此标题下的段落</translation>
    </message>
    <message>
        <source>What the short code of the progress figures means</source>
        <translation>进度数字中简码的含义</translation>
    </message>
    <message>
        <source>%1 of %2 measures assessed (%3)</source>
        <translation>%2项措施中已评估%1项（%3）</translation>
    </message>
    <message>
        <source>No measure to assess here: the paragraphs are shown for reference.</source>
        <translation>此处没有需要评估的措施：这些段落仅供参考。</translation>
    </message>
    <message>
        <source>shown for reference, not assessed</source>
        <translation>仅供参考，不予评估</translation>
    </message>
</context>
<context>
    <name>SourceViewer</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 — source text</source>
        <translation>%1——原文</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>原始文件</translation>
    </message>
    <message>
        <source>Which document this is</source>
        <translation>所显示的文件</translation>
    </message>
    <message>
        <source>&amp;Find in the text:</source>
        <translation>在文本中查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Find in the text</source>
        <translation>在文本中查找</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Text of the outcome document</source>
        <translation>成果文件文本</translation>
    </message>
</context>
<context>
    <name>StatusChart</name>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>暂无可显示的内容</translation>
    </message>
    <message>
        <source>Share of measures by status</source>
        <translation>各状态措施所占比例</translation>
    </message>
    <message>
        <source>%1: %2 of %3 measures %4 (%5%)</source>
        <translation>%1：%3项措施中%2项%4（%5%）</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <source>Implemented</source>
        <translation>已执行</translation>
    </message>
    <message>
        <source>Developing</source>
        <translation>正在执行</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>未执行</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>尚未评估</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>已采取的措施</translation>
    </message>
    <message>
        <source>Laws and regulations</source>
        <translation>法律法规</translation>
    </message>
    <message>
        <source>Responsible agencies</source>
        <translation>负责机构</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>挑战</translation>
    </message>
    <message>
        <source>Assistance needed</source>
        <translation>所需援助</translation>
    </message>
    <message>
        <source>Assistance kinds</source>
        <translation>援助类型</translation>
    </message>
    <message>
        <source>Assistance description</source>
        <translation>援助说明</translation>
    </message>
    <message>
        <source>Assistance offered</source>
        <translation>可提供的援助</translation>
    </message>
    <message>
        <source>National target</source>
        <translation>国家目标</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目标日期</translation>
    </message>
    <message>
        <source>Paragraph reference</source>
        <translation>段落编号</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>节</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Before removing an evidence file</source>
        <translation>删除证明文件前</translation>
    </message>
    <message>
        <source>Taken on request</source>
        <translation>按要求创建</translation>
    </message>
    <message>
        <source>The damaged file, kept aside (not a backup)</source>
        <translation>另行保存的损坏文件（非备份）</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>手动输入</translation>
    </message>
    <message>
        <source>carried forward</source>
        <translation>沿用</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>contributed</source>
        <translation>机构提供</translation>
    </message>
    <message>
        <source>All measures</source>
        <translation>所有措施</translation>
    </message>
    <message>
        <source>National coordination</source>
        <translation>国家协调</translation>
    </message>
    <message>
        <source>Stockpile management</source>
        <translation>库存管理</translation>
    </message>
    <message>
        <source>Disposal and destruction</source>
        <translation>处置和销毁</translation>
    </message>
    <message>
        <source>Transfer controls</source>
        <translation>转让管制</translation>
    </message>
    <message>
        <source>Diversion</source>
        <translation>转用</translation>
    </message>
    <message>
        <source>Brokering</source>
        <translation>中介活动</translation>
    </message>
    <message>
        <source>Production and manufacture</source>
        <translation>生产和制造</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>出口</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>进口</translation>
    </message>
    <message>
        <source>Transit and trans-shipment</source>
        <translation>过境和转运</translation>
    </message>
    <message>
        <source>Retransfer</source>
        <translation>再转让</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Record-keeping</source>
        <translation>记录保存</translation>
    </message>
    <message>
        <source>Possession and use</source>
        <translation>持有和使用</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Tracing</source>
        <translation>追查</translation>
    </message>
    <message>
        <source>Manufacturing and new technologies</source>
        <translation>制造和新技术</translation>
    </message>
    <message>
        <source>Deactivation and conversion</source>
        <translation>停用和改装</translation>
    </message>
    <message>
        <source>Online trade</source>
        <translation>网上交易</translation>
    </message>
    <message>
        <source>Border and customs</source>
        <translation>边境和海关</translation>
    </message>
    <message>
        <source>Conflict and post-conflict</source>
        <translation>冲突和冲突后局势</translation>
    </message>
    <message>
        <source>Arms embargoes</source>
        <translation>武器禁运</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别问题</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>青年</translation>
    </message>
    <message>
        <source>SDG 16.4</source>
        <translation>可持续发展目标16.4</translation>
    </message>
    <message>
        <source>Cooperation and assistance</source>
        <translation>合作与援助</translation>
    </message>
    <message>
        <source>Information exchange</source>
        <translation>信息交流</translation>
    </message>
    <message>
        <source>Reporting and transparency</source>
        <translation>报告和透明度</translation>
    </message>
    <message>
        <source>Regional cooperation</source>
        <translation>区域合作</translation>
    </message>
    <message>
        <source>Terrorism and crime</source>
        <translation>恐怖主义和犯罪</translation>
    </message>
    <message>
        <source>Ammunition</source>
        <translation>弹药</translation>
    </message>
    <message>
        <source>Civil society and industry</source>
        <translation>民间社会和工业界</translation>
    </message>
    <message>
        <source>Culture of peace</source>
        <translation>和平文化</translation>
    </message>
    <message>
        <source>Follow-up and meetings</source>
        <translation>后续行动和会议</translation>
    </message>
    <message>
        <source>All States</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <source>States in a position to do so</source>
        <translation>有能力的国家</translation>
    </message>
    <message>
        <source>States requesting or receiving assistance</source>
        <translation>请求或接受援助的国家</translation>
    </message>
    <message>
        <source>States emerging from or affected by conflict</source>
        <translation>摆脱冲突或受冲突影响的国家</translation>
    </message>
    <message>
        <source>States applying the Programme of Action to ammunition</source>
        <translation>将《行动纲领》适用于弹药的国家</translation>
    </message>
    <message>
        <source>Regional and subregional organizations</source>
        <translation>区域和次区域组织</translation>
    </message>
    <message>
        <source>International organizations</source>
        <translation>国际组织</translation>
    </message>
    <message>
        <source>United Nations Secretariat</source>
        <translation>联合国秘书处</translation>
    </message>
    <message>
        <source>Security Council and mandating bodies</source>
        <translation>安全理事会和授权机构</translation>
    </message>
    <message>
        <source>Industry and the private sector</source>
        <translation>工业界和私营部门</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>民间社会</translation>
    </message>
    <message>
        <source>The meeting of States</source>
        <translation>国家会议</translation>
    </message>
    <message>
        <source>National</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Regional and subregional</source>
        <translation>区域和次区域</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>全球</translation>
    </message>
    <message>
        <source>International (between States and with organizations)</source>
        <translation>国际（国家之间以及与组织之间）</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>法律</translation>
    </message>
    <message>
        <source>Manufacture and marking</source>
        <translation>制造和标识</translation>
    </message>
    <message>
        <source>Stockpile management and surplus</source>
        <translation>库存管理和多余武器</translation>
    </message>
    <message>
        <source>Transfer controls and brokering</source>
        <translation>转让管制和中介活动</translation>
    </message>
    <message>
        <source>International cooperation and assistance</source>
        <translation>国际合作与援助</translation>
    </message>
    <message>
        <source>SDG 16.4.2</source>
        <translation>可持续发展目标指标16.4.2</translation>
    </message>
    <message>
        <source>Other commitments</source>
        <translation>其他承诺</translation>
    </message>
    <message>
        <source>SDG indicator 16.4.2: seized, found or surrendered arms</source>
        <translation>可持续发展目标指标16.4.2：缴获、发现或上缴的武器</translation>
    </message>
    <message>
        <source>Small arms and light weapons seized, found or surrendered during the reporting period, and how many of them had their illicit origin or context traced or established by a competent authority in line with international instruments.</source>
        <translation>报告期内缴获、发现或上缴的小武器和轻武器，以及其中由主管当局依照国际文书追查或确定了非法来源或背景的数量。</translation>
    </message>
    <message>
        <source>Year the figures cover</source>
        <translation>数据所涉年份</translation>
    </message>
    <message>
        <source>The calendar year of the seizures, finds and surrenders counted below.</source>
        <translation>下列缴获、发现和上缴数量所属的日历年。</translation>
    </message>
    <message>
        <source>Arms seized</source>
        <translation>缴获的武器</translation>
    </message>
    <message>
        <source>Weapons taken into custody by a competent authority, for example in a search, at a border or in an investigation.</source>
        <translation>主管当局收缴的武器，例如在搜查、边境检查或调查中收缴的武器。</translation>
    </message>
    <message>
        <source>weapons</source>
        <translation>件</translation>
    </message>
    <message>
        <source>Arms found</source>
        <translation>发现的武器</translation>
    </message>
    <message>
        <source>Weapons found without a known holder, for example in caches or abandoned.</source>
        <translation>发现时持有人不明的武器，例如藏匿或遗弃的武器。</translation>
    </message>
    <message>
        <source>Arms surrendered</source>
        <translation>上缴的武器</translation>
    </message>
    <message>
        <source>Weapons handed in voluntarily, for example in collection or amnesty programmes.</source>
        <translation>自愿交出的武器，例如在收缴或特赦方案中交出的武器。</translation>
    </message>
    <message>
        <source>Of which illicit origin or context traced or established</source>
        <translation>其中已追查或确定非法来源或背景的武器</translation>
    </message>
    <message>
        <source>Of the weapons above, those whose illicit origin or context was traced or established by a competent authority.</source>
        <translation>上述武器中，由主管当局追查或确定了非法来源或背景的武器。</translation>
    </message>
    <message>
        <source>Arms traced ({left}) cannot exceed the arms seized, found and surrendered ({right}).</source>
        <translation>已追查的武器（{left}）不能超过缴获、发现和上缴的武器（{right}）。</translation>
    </message>
    <message>
        <source>Tracing requests</source>
        <translation>追查请求</translation>
    </message>
    <message>
        <source>Requests to trace illicit small arms and light weapons under the International Tracing Instrument during the reporting period.</source>
        <translation>报告期内根据《国际追查文书》提出的追查非法小武器和轻武器的请求。</translation>
    </message>
    <message>
        <source>The calendar year of the tracing requests counted below.</source>
        <translation>下列追查请求所属的日历年。</translation>
    </message>
    <message>
        <source>Tracing requests sent to other States</source>
        <translation>向其他国家发出的追查请求</translation>
    </message>
    <message>
        <source>Requests your authorities sent to other States or through INTERPOL.</source>
        <translation>贵国主管部门向其他国家或通过国际刑警组织发出的请求。</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>项</translation>
    </message>
    <message>
        <source>Tracing requests received from other States</source>
        <translation>从其他国家收到的追查请求</translation>
    </message>
    <message>
        <source>Requests other States sent to your authorities.</source>
        <translation>其他国家向贵国主管部门发出的请求。</translation>
    </message>
    <message>
        <source>Received requests answered</source>
        <translation>已答复的收到请求</translation>
    </message>
    <message>
        <source>Of the requests received, those your authorities answered.</source>
        <translation>收到的请求中，贵国主管部门已答复的请求。</translation>
    </message>
    <message>
        <source>Requests answered ({left}) cannot exceed requests received ({right}).</source>
        <translation>已答复的请求（{left}）不能超过收到的请求（{right}）。</translation>
    </message>
    <message>
        <source>Surplus and collected weapons destroyed</source>
        <translation>销毁的多余武器和收缴武器</translation>
    </message>
    <message>
        <source>Surplus, seized and collected small arms and light weapons destroyed during the reporting period: how many, in which year, how, and of what kinds.</source>
        <translation>报告期内销毁的多余、缴获和收缴的小武器和轻武器：数量、年份、方式和类别。</translation>
    </message>
    <message>
        <source>What was diverted, and how</source>
        <translation>转用的武器及转用方式</translation>
    </message>
    <message>
        <source>A short account: kinds of weapons, the point in the chain of custody where they were lost, and the measures taken.</source>
        <translation>简要说明：武器种类、武器在保管链的哪个环节流失，以及已采取的措施。</translation>
    </message>
    <message>
        <source>Assistance received</source>
        <translation>收到的援助</translation>
    </message>
    <message>
        <source>International cooperation and assistance the State received during the reporting period, from States, regional or international organizations, or civil society.</source>
        <translation>报告期内本国从其他国家、区域或国际组织或民间社会获得的国际合作与援助。</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Who provided the assistance: States, organizations, programmes.</source>
        <translation>提供援助的方面：国家、组织、方案。</translation>
    </message>
    <message>
        <source>What the assistance supported</source>
        <translation>援助支持的领域</translation>
    </message>
    <message>
        <source>For example marking machines, stockpile security, training of customs officers.</source>
        <translation>例如标识机器、库存安全、海关官员培训。</translation>
    </message>
    <message>
        <source>Amount received in the period</source>
        <translation>本期收到的金额</translation>
    </message>
    <message>
        <source>The total value in United States dollars, if known.</source>
        <translation>总价值（美元），如已知。</translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation>美元</translation>
    </message>
    <message>
        <source>National point of contact</source>
        <translation>国家联络点</translation>
    </message>
    <message>
        <source>The national point of contact that acts as liaison with other States on all matters relating to the implementation of the Programme of Action.</source>
        <translation>在与执行《行动纲领》有关的一切事项上同其他国家进行联络的国家联络点。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Name of the person or office designated as national point of contact.</source>
        <translation>被指定为国家联络点的人员或办公室的名称。</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Ministry or agency where the point of contact sits.</source>
        <translation>联络点所在的部委或机构。</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>An address that is read, preferably a functional mailbox.</source>
        <translation>有人查阅的地址，最好是职能邮箱。</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>In international format, for example +41 22 917 1234.</source>
        <translation>采用国际格式，例如+41 22 917 1234。</translation>
    </message>
    <message>
        <source>ITI point of contact</source>
        <translation>《国际追查文书》联络点</translation>
    </message>
    <message>
        <source>The national point or points of contact the International Tracing Instrument (paragraph 25) asks each State to designate to exchange information and act as liaison on tracing; often the same office as the Programme of Action&apos;s.</source>
        <translation>《国际追查文书》（第25段）要求各国指定的一个或多个国家联络点，负责交流信息并就追查事宜进行联络；通常与《行动纲领》的联络点为同一办公室。</translation>
    </message>
    <message>
        <source>Name of the person or office designated as ITI point of contact.</source>
        <translation>被指定为《国际追查文书》联络点的人员或办公室的名称。</translation>
    </message>
    <message>
        <source>Ministry or agency where the ITI point of contact sits.</source>
        <translation>《国际追查文书》联络点所在的部委或机构。</translation>
    </message>
    <message>
        <source>National coordination body</source>
        <translation>国家协调机构</translation>
    </message>
    <message>
        <source>The national commission, coordination mechanism or similar body on small arms and light weapons, and the women and men who sit on it.</source>
        <translation>小武器和轻武器问题国家委员会、协调机制或类似机构，及其男女成员。</translation>
    </message>
    <message>
        <source>A national coordination body exists</source>
        <translation>设有国家协调机构</translation>
    </message>
    <message>
        <source>Yes if a national commission or similar body coordinates implementation.</source>
        <translation>如有国家委员会或类似机构协调执行工作，请选“是”。</translation>
    </message>
    <message>
        <source>Name of the body</source>
        <translation>机构名称</translation>
    </message>
    <message>
        <source>Its official name, for example National Commission on Small Arms and Light Weapons.</source>
        <translation>其正式名称，例如小武器和轻武器问题国家委员会。</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Postal address of its secretariat.</source>
        <translation>其秘书处的邮寄地址。</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>A person, office, email or telephone through which the body is reached.</source>
        <translation>可借以联系该机构的人员、办公室、电子邮件或电话。</translation>
    </message>
    <message>
        <source>Members who are women</source>
        <translation>女性成员</translation>
    </message>
    <message>
        <source>Number of members of the body who are women.</source>
        <translation>该机构女性成员人数。</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人</translation>
    </message>
    <message>
        <source>Members who are men</source>
        <translation>男性成员</translation>
    </message>
    <message>
        <source>Number of members of the body who are men.</source>
        <translation>该机构男性成员人数。</translation>
    </message>
    <message>
        <source>National action plan</source>
        <translation>国家行动计划</translation>
    </message>
    <message>
        <source>The body&apos;s name, address, contact and members are given only when a coordination body exists: answer Yes to the first question or clear them.</source>
        <translation>仅在设有协调机构时填写该机构的名称、地址、联系方式和成员：请对第一个问题回答“是”，或清除这些内容。</translation>
    </message>
    <message>
        <source>A national action plan or other national policy instrument on small arms and light weapons.</source>
        <translation>关于小武器和轻武器的国家行动计划或其他国家政策文书。</translation>
    </message>
    <message>
        <source>A national action plan exists</source>
        <translation>已有国家行动计划</translation>
    </message>
    <message>
        <source>Yes if a national action plan or other national policy instrument has been adopted.</source>
        <translation>如已通过国家行动计划或其他国家政策文书，请选“是”。</translation>
    </message>
    <message>
        <source>Year adopted</source>
        <translation>通过年份</translation>
    </message>
    <message>
        <source>The year the current plan was adopted.</source>
        <translation>现行计划的通过年份。</translation>
    </message>
    <message>
        <source>Period covered: from</source>
        <translation>所涉期间：自</translation>
    </message>
    <message>
        <source>First year the plan covers.</source>
        <translation>计划所涉期间的第一年。</translation>
    </message>
    <message>
        <source>Period covered: to</source>
        <translation>所涉期间：至</translation>
    </message>
    <message>
        <source>Last year the plan covers.</source>
        <translation>计划所涉期间的最后一年。</translation>
    </message>
    <message>
        <source>A year or period is given only when a plan exists: answer Yes to the first question or clear the years.</source>
        <translation>仅在已有计划时填写年份或期间：请对第一个问题回答“是”，或清除年份。</translation>
    </message>
    <message>
        <source>The period cannot end ({right}) before it starts ({left}).</source>
        <translation>期间的结束年份（{right}）不能早于开始年份（{left}）。</translation>
    </message>
    <message>
        <source>Surplus weapons destroyed in the period</source>
        <translation>本期销毁的多余武器</translation>
    </message>
    <message>
        <source>Weapons declared surplus and destroyed during the reporting period.</source>
        <translation>报告期内宣布为多余并予以销毁的武器。</translation>
    </message>
    <message>
        <source>Seized or collected weapons destroyed in the period</source>
        <translation>本期销毁的缴获或收缴武器</translation>
    </message>
    <message>
        <source>Weapons seized, found or collected (for example in a collection programme) and destroyed during the reporting period.</source>
        <translation>报告期内缴获、发现或收缴（例如通过收缴方案）并予以销毁的武器。</translation>
    </message>
    <message>
        <source>Year of the latest destruction</source>
        <translation>最近一次销毁的年份</translation>
    </message>
    <message>
        <source>The year of the most recent destruction counted above.</source>
        <translation>上述所计销毁中最近一次销毁的年份。</translation>
    </message>
    <message>
        <source>Destruction method</source>
        <translation>销毁方法</translation>
    </message>
    <message>
        <source>For example cutting, crushing, melting or burning, and who witnessed it.</source>
        <translation>例如切割、压碎、熔化或焚烧，以及由谁见证。</translation>
    </message>
    <message>
        <source>Categories destroyed</source>
        <translation>销毁的类别</translation>
    </message>
    <message>
        <source>For example pistols, rifles, light machine guns, ammunition.</source>
        <translation>例如手枪、步枪、轻机枪、弹药。</translation>
    </message>
    <message>
        <source>Diversion incidents</source>
        <translation>转用事件</translation>
    </message>
    <message>
        <source>Incidents of diversion of small arms and light weapons recorded by national authorities during the reporting period.</source>
        <translation>报告期内国家主管部门记录的小武器和轻武器转用事件。</translation>
    </message>
    <message>
        <source>Diversion incidents recorded in the period</source>
        <translation>本期记录的转用事件</translation>
    </message>
    <message>
        <source>Cases in which weapons left the legal chain of custody (loss, theft, unauthorized transfer) and were recorded by a national authority.</source>
        <translation>武器脱离合法保管链（丢失、被盗、未经授权的转让）并由国家主管部门记录的案例。</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>起</translation>
    </message>
</context>
<context>
    <name>UnsavedWork</name>
    <message>
        <source>%1: everything else you typed is saved, but %2 could not be saved yet:
%3

What you typed is kept as a draft and shown again, marked, when you come back to %1.</source>
        <translation>%1：您输入的其他内容均已保存，但%2尚无法保存：
%3

您输入的内容已保留为草稿，返回%1时将再次显示并加以标记。</translation>
    </message>
    <message>
        <source>• a value that is not a number</source>
        <translation>• 某个值不是数字</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>……另有%1项</translation>
    </message>
    <message>
        <source>Some values could not be saved yet and are kept as drafts:

%1

They are shown again, marked, when you open these measures. Close now?</source>
        <translation>部分值尚无法保存，已保留为草稿：

%1

打开这些措施时将再次显示并加以标记。是否现在关闭？</translation>
    </message>
    <message>
        <source>The saved version is shown.</source>
        <translation>已显示保存的版本。</translation>
    </message>
    <message>
        <source>Your version is kept as a draft; open the measure to choose.</source>
        <translation>您的版本已保留为草稿；请打开该措施进行选择。</translation>
    </message>
    <message>
        <source>Kept as a draft</source>
        <translation>已保留为草稿</translation>
    </message>
    <message>
        <source>Values kept as drafts</source>
        <translation>保留为草稿的值</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a report package</source>
        <translation>验证报告提交包</translation>
    </message>
    <message>
        <source>%1 is intact: its %2 files are exactly as they were written.</source>
        <translation>%1完好无损：其中的%2个文件与写入时完全一致。</translation>
    </message>
    <message>
        <source>%1 is NOT intact. The first difference: %2</source>
        <translation>%1并非完好无损。第一处差异：%2</translation>
    </message>
    <message>
        <source>Report packages (*.zip)</source>
        <translation>报告提交包 (*.zip)</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>New assessment</source>
        <translation>新建评估</translation>
    </message>
    <message>
        <source>C&amp;reate assessment</source>
        <translation>创建评估(&amp;R)</translation>
    </message>
    <message>
        <source>State profile</source>
        <translation>国家概况</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>协调中心</translation>
    </message>
    <message>
        <source>Type to search, e.g. Kenya</source>
        <translation>输入国名搜索，例如肯尼亚</translation>
    </message>
    <message>
        <source>Filled in from the list of UN Member and observer States.</source>
        <translation>根据联合国会员国和观察员国名单自动填写。</translation>
    </message>
    <message>
        <source>For a State not on the list, type its three-letter code, e.g. KEN for Kenya.</source>
        <translation>如果国家不在名单上，请输入其三字母代码，例如肯尼亚（Kenya）为KEN。</translation>
    </message>
    <message>
        <source>No agencies yet. Choose Add agency for each one that contributes, such as the police, customs, defence, justice, the arms licensing authority, the national statistics office and women&apos;s affairs.</source>
        <translation>尚无机构。请为每个参与机构选择“添加机构”，例如警察、海关、国防、司法、武器许可主管部门、国家统计局和妇女事务部门。</translation>
    </message>
    <message>
        <source>Start the assessment of %1 for another reporting cycle.</source>
        <translation>开始%1另一报告周期的评估。</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第%1步，共%2步</translation>
    </message>
    <message>
        <source>Welcome to poa-desktop</source>
        <translation>欢迎使用poa-desktop</translation>
    </message>
    <message>
        <source>poa-desktop helps you assess how far your State has implemented its commitments under the UN Programme of Action on small arms and light weapons and the International Tracing Instrument, and prepare the national report; everything stays on this computer. To begin, say which State you report for, who the national focal point is and which agencies contribute, then name the reporting cycle.</source>
        <translation>poa-desktop帮助您评估贵国在多大程度上执行了联合国关于小武器和轻武器问题的《行动纲领》和《国际追查文书》规定的承诺，并编写国家报告；所有内容均保留在本计算机上。开始之前，请说明您代表哪个国家提交报告、国家协调中心是谁、哪些机构参与，然后为报告周期命名。</translation>
    </message>
    <message>
        <source>Your State</source>
        <translation>贵国</translation>
    </message>
    <message>
        <source>This database holds the assessments of one State. Type part of its name and choose it from the list.</source>
        <translation>本数据库保存一个国家的评估。请输入国名的一部分，然后从列表中选择。</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>国家(&amp;S)：</translation>
    </message>
    <message>
        <source>State</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>&amp;ISO 3166 code:</source>
        <translation>ISO 3166代码(&amp;I)：</translation>
    </message>
    <message>
        <source>ISO 3166 alpha-3 code</source>
        <translation>ISO 3166三字母代码</translation>
    </message>
    <message>
        <source>National focal point</source>
        <translation>国家协调中心</translation>
    </message>
    <message>
        <source>The national point of contact named on the report&apos;s cover and in its contacts annex.</source>
        <translation>报告封面及联系人附件中列出的国家联络点。</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>姓名(&amp;M)：</translation>
    </message>
    <message>
        <source>Focal point name</source>
        <translation>国家协调中心联系人姓名</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>职务(&amp;T)：</translation>
    </message>
    <message>
        <source>Focal point title</source>
        <translation>国家协调中心联系人职务</translation>
    </message>
    <message>
        <source>e.g. Director, Arms Control Division</source>
        <translation>例如：军备控制司司长</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>Focal point email</source>
        <translation>国家协调中心电子邮件</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Focal point phone</source>
        <translation>国家协调中心电话</translation>
    </message>
    <message>
        <source>Contributing agencies</source>
        <translation>参与机构</translation>
    </message>
    <message>
        <source>The national &amp;agencies that contribute answers; you can change this list later:</source>
        <translation>提供答复的国家机构；此列表以后可以更改(&amp;A)：</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>A&amp;dd agency</source>
        <translation>添加机构(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove agency</source>
        <translation>删除机构(&amp;R)</translation>
    </message>
    <message>
        <source>First assessment</source>
        <translation>首次评估</translation>
    </message>
    <message>
        <source>An assessment covers one reporting cycle, such as a Biennial Meeting of States or a Review Conference.</source>
        <translation>一次评估涵盖一个报告周期，例如一次两年期国家会议或一次审议大会。</translation>
    </message>
    <message>
        <source>Reporting &amp;cycle:</source>
        <translation>报告周期(&amp;C)：</translation>
    </message>
    <message>
        <source>Reporting cycle</source>
        <translation>报告周期</translation>
    </message>
    <message>
        <source>e.g. BMS10 2028</source>
        <translation>例如：BMS10 2028</translation>
    </message>
    <message>
        <source>Start b&amp;lank: every commitment not yet assessed</source>
        <translation>从空白开始：所有承诺均为尚未评估(&amp;L)</translation>
    </message>
    <message>
        <source>Carr&amp;y forward answers from:</source>
        <translation>沿用以下周期的答复(&amp;Y)：</translation>
    </message>
    <message>
        <source>Cycle to carry forward from</source>
        <translation>沿用答复的来源周期</translation>
    </message>
    <message>
        <source>Answers, laws, agencies, evidence and report figures are copied and marked as carried forward, so you only update what changed.</source>
        <translation>答复、法律、机构、证据和报告数据将被复制并标记为沿用，因此您只需更新有变化的内容。</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Open a poa-desktop database</source>
        <translation>打开poa-desktop数据库</translation>
    </message>
    <message>
        <source>poa-desktop databases (*.sqlite *.db);;All files (*)</source>
        <translation>poa-desktop数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>If this is your poa-desktop database and it is damaged: copies taken by poa-desktop, if any, are in %1. Close poa-desktop, keep the damaged file elsewhere, and copy the most recent one to %2.</source>
        <translation>如果这是您的poa-desktop数据库且已损坏：poa-desktop创建的副本（如有）位于%1。请关闭poa-desktop，将损坏的文件另行存放，然后将最新的副本复制到%2。</translation>
    </message>
    <message>
        <source>Answers that could not be saved are kept in %1; they are offered back once the database opens.</source>
        <translation>无法保存的答复保留在%1中；数据库打开后将再次提供这些答复。</translation>
    </message>
    <message>
        <source>The backup is in place. The damaged file is kept as %1.</source>
        <translation>备份已就位。损坏的文件已另存为%1。</translation>
    </message>
    <message>
        <source>%1

Restore the most recent backup, taken %2 (%3 measures answered)? The damaged file is kept beside it under another name, not deleted.</source>
        <translation>%1

是否恢复%2创建的最新备份（已答复%3项措施）？损坏的文件将以另一名称保存在同一位置，不会被删除。</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Nothing matches the search.</source>
        <translation>没有与搜索匹配的内容。</translation>
    </message>
</context>
</TS>
