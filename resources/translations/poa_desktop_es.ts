<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>version %1: %2 paragraphs, %3 measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the %1 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About poa-desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment and voluntary national reporting on the Programme of Action on small arms and light weapons and the International Tracing Instrument. It works offline: it never connects to a network, checks for updates or sends anything anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment catalog:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source documents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled software and fonts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgenciesDialog</name>
    <message>
        <source>Agencies of the %1 assessment</source>
        <extracomment>Section titles longer than this are shortened in the combo box (the tooltip has them whole). Answers were written (assigned, unassigned or confirmed): reload what shows them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried forward, still to confirm: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change: no measure of %2 was assigned to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change: every measure of %2 is already assigned to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 measure unassigned from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 measure assigned to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 measures unassigned from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 measures assigned to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 answer confirmed unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers confirmed unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm %1 carried-forward answer(s) as reviewed and unchanged? Each answer&apos;s history records the confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measures assigned to each agency, and how many of them are answered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress per agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ℹ The State profile has no agencies yet: add the contributing agencies to the profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign measures in bulk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm all as unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgencyReturnDialog</name>
    <message>
        <source>Workbook returned by an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the workbook first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned by &lt;b&gt;%1&lt;/b&gt;, prepared on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers to update: %1 · changed on both sides: %2 · left as changed here (the agency kept them as sent): %3 · rows that cannot be read: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These answers were changed here after the workbook was prepared, and the agency changed them too. Choose which version to keep for each one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: no answer differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a version for each answer changed on both sides (%1 left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back an agency&apos;s workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the workbook an agency sent back. Its answers are shown first; nothing is written until you import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workbook:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path of the .xlsx file the agency returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that cannot be read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip the rows that cannot be read and import the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers changed on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgencyWorkbookDialog</name>
    <message>
        <source>The State profile lists no agency: add agencies first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures assigned to this agency: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measure is assigned to this agency yet: assign measures to it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Written for %2 (measures: %1):
%3
Send it to the agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare a workbook for an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an Excel workbook holding only the measures assigned to one agency. Send it to the agency; when it comes back, take its answers in with File → Take back an agency&apos;s workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerForm</name>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in the State profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;veloping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not i&amp;mplemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applica&amp;ble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not &amp;yet assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures ta&amp;ken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has your State done to implement this commitment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Laws and regulations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laws and regulations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per law or regulation; Delete removes the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add la&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row for a law or regulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;sponsible agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agencies in the State profile to choose the ones responsible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stands in the way?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistanc&amp;e needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desc&amp;ription of the assistance needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of the assistance needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is needed, for what, and at what estimated cost?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance &amp;offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance your State can offer others on this commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National &amp;target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result your State aims for on this commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a target &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures the national report asks for. They belong to the whole assessment: every commitment that shows them shares the same values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentActions</name>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutosaveController</name>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1, except the fields marked ⚠ (kept as a draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed elsewhere: choose what to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved — copy your text somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The recovery file could not be written either (%2). What you typed is still on screen: copy it somewhere safe before closing poa-desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved — kept in a recovery file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

What you typed stays on screen and is kept in the recovery file
%2

If it cannot be saved before you close poa-desktop, it is offered again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups are kept in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup yet. The first is taken today; backups go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database will hold what %1 holds, and what was saved since is replaced.

The database as it is now is copied first, so you can come back to it from this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a copy of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poa-desktop databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poa-desktop copies your database every day you use it, and before every schema upgrade, import and restore. Restoring replaces what the database holds now with the chosen copy; the database as it is now is copied first, so a restore can itself be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take a backup now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <source>Changes in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no earlier cycle to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no assessment yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer changed from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 answer changed from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers changed from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since an earlier cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the &amp;earlier cycle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers changed since the earlier cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: before → now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClearanceDialog</name>
    <message>
        <source>Clearance of the %1 assessment</source>
        <extracomment>A checklist item was chosen: the commitment to show (the dialog then closes). A step succeeded: the assessment&apos;s new status (&quot;draft&quot;, &quot;submitted&quot; or &quot;cleared&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted for clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared: approved for release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the answers are ready, the reporting officer submits the draft to the clearing authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers are frozen while the clearing authority reviews them. The clearing authority approves the assessment for release, or returns it to draft saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment is cleared and its answers are frozen. Reopen it as a draft to change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checklist: 1 open item, choose it to go to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checklist: %1 open items, choose one to go to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open items listed in an annex: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet submitted for clearance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment is now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the %1 assessment of %2 for release, as %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open checklist item(s) will be listed in an annex of the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment is then cleared: its answers stay frozen and the report names the approving authority. It can be reopened as a draft later, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve for release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist of open items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things to settle before clearance; activate an item to go to its commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearance &amp;history:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearance history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason or open items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting &amp;officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the reporting officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit for clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve for release, or return to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearing &amp;authority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the clearing authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve with the open items listed in an a&amp;nnex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pprove for release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clearing authority approves the assessment for release as the national report; it is then cleared and its answers stay frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason to return:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason to return the assessment to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to &amp;draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the person reopening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason to reopen the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen as a &amp;draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentView</name>
    <message>
        <source>Related commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a procedural paragraph (a decision of the meeting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This paragraph is %1: it is shown for reference and is not assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read in the source text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome document as bundled with the app, opened at this paragraph (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this paragraph in the source text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressees and themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related commitments in the other document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictBox</name>
    <message>
        <source>Changed here since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the agency&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the agency&apos;s: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved elsewhere by %2 at %3 while you were typing. Your text is safe. Choose what to keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed elsewhere while you typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version and the version saved elsewhere, field by field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours (on screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you choose is saved as a new version of the answer; earlier versions stay in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Combine both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take the saved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Documents and sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessment open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 measures assessed (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still to assess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every measure has a status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group measures by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of measures per document and section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status counts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <source>Today&apos;s backup could not be taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poa-desktop databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no annex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace these files?
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is written:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the national report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the voluntary national report as a PDF to sign and send, and as an Excel workbook that UNODA and this application can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name without extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print only the first &amp;sentence of each commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex of what &amp;changed since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex of what changed since an earlier cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave out measures not yet assessed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportThread</name>
    <message>
        <source>The report could not be written (%1). Nothing was written; the details are in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All addressees</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <extracomment>Changes longer than this (old and new together) are shown as &quot;before&quot; and &quot;after&quot; blocks. Unchanged words kept either side of a change in a long text (the rest shows as &quot;…&quot;). Added words: underlined, on green; removed words: struck through, on red. Dark text on a light background reads on light and dark themes alike, and the lines carry the meaning alone. The answer&apos;s new version number after a restore.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved answer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each time the answer is saved, a version appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make version %1 the current answer to %2?

The current answer stays in the history, so this can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1  %2  %3  %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added text is %1; removed text is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>underlined on green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>struck through on red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 by %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the current answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version is the same as the current answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make version %1 the current answer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Saved versions, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each saved version of this answer, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details of the selected version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>new answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 of 3: the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 of 3: the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3 of 3: check and import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another State&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workbook is the report of %1. The assessment open is %2&apos;s.

Importing it puts the answers of %1 into the assessment of %2. A preview shows every change first, and a backup is taken before anything is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1&apos;s answers into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbook to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a workbook first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheets and columns chosen last time for this workbook are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no table found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheets to import: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in this sheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one sheet to import (Import this sheet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new answers, %2 changed, %3 unchanged, %4 kept, %5 report field values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing overwrites %1 filled fields (see Fields changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 filled fields differ from the file and are left as they are; choose Replace (Back) to take the file&apos;s values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be read: %1 cell(s), %2 row(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, sheets %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell skipped: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row skipped: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the State profile the agencies it does not have (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understood: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a workbook: one exported by poa-desktop, or a tracker your ministry keeps. Nothing is written until you confirm the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path of an .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import this sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column holds what (proposed from the headers; change any of them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column for each field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other status &amp;words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other status words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g.  Peut-être = developing; x = implemented; TBC = none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing answers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fill only their empty fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace what they hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrites filled fields with the file&apos;s values; the preview counts them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep them whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells and rows that cannot be read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells and rows that cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip what cannot be read and import the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How typed values were understood, and notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How typed values were understood, and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup was taken just before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: restore the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New answers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers kept as they were: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report field values: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies added to the profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LawsTable</name>
    <message>
        <source>Title (original language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every measure has a status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No further commitment in this direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 paragraphs match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed %1 of %2 measures (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (submitted for clearance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cleared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as the history and the report should record your changes.
Leave it empty to work as the focal point of the State profile. The computer login is recorded beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To change them, reopen the assessment as a draft, saying why (Assessment → Clearance…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted for clearance: the answers cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted for clearance on %1 by %2: the answers cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared (approved for release): the answers are frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared (approved for release) on %1 by %2: the answers are frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poa-desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search commitments and answers (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by addressees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ssessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prepare agency workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take back an agency&apos;s workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the changes are recorded as (the focal point unless you say otherwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;unanswered measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;changed since an earlier cycle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm unchanged since the earlier cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State &amp;profile and agencies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agencies and assignments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clearance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History of this answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a self-contained copy of the database, e.g. to hand it over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this paragraph in the &amp;source text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the outcome document as bundled with the app, at this paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About poa-desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationModel</name>
    <message>
        <source>%1: shown for reference, not assessed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>%1%</source>
        <extracomment>Count columns in table order; &quot;assessed&quot;, &quot;total&quot; and &quot;percent&quot; follow them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressTableModel</name>
    <message>
        <source>%1: %2 of %3 measures assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the measures that have a status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>&amp;Restore these answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers were restored, but the recovery file could not be updated (%1): choose Discard, or they are offered again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answer(s) restored. %2 could not be restored and stay in the recovery file:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1. The answers are still kept here until you restore or discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the kept answers as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (*.txt);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the kept answers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed in these answers will be lost for good. Save them as a file first if you may need them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poa-desktop could not save your last changes to the database
    %1
and kept them in the recovery file
    %2
Restore them into the database now, save them as a file to keep, or discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recovery file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file deleted or moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers that could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kept answers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each answer that could not be saved: its assessment, commitment, status, first words, when and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring saves each answer as a new version. If an answer was changed since, what it said before stays in its history (the History… button) and can be restored from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFieldsPanel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceViewer</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — source text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which document this is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in the text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the outcome document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusChart</name>
    <message>
        <source>Total</source>
        <extracomment>The pattern drawn over each status colour; together with the colour it tells statuses apart.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of measures by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 measures %4 (%5%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <source>Implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laws and regulations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file, kept aside (not a backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National coordination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stockpile management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposal and destruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brokering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record-keeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturing and new technologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivation and conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Border and customs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict and post-conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arms embargoes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDG 16.4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperation and assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting and transparency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional cooperation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terrorism and crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ammunition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civil society and industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Culture of peace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up and meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States in a position to do so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States requesting or receiving assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States emerging from or affected by conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States applying the Programme of Action to ammunition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional and subregional organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Nations Secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security Council and mandating bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry and the private sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting of States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional and subregional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International (between States and with organizations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDG indicator 16.4.2: seized, found or surrendered arms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small arms and light weapons seized, found or surrendered during the reporting period, and how many of them had their illicit origin or context traced or established by a competent authority in line with international instruments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arms seized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weapons taken into custody by a competent authority, for example in a search, at a border or in an investigation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weapons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arms found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weapons found without a known holder, for example in caches or abandoned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arms surrendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weapons handed in voluntarily, for example in collection or amnesty programmes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of which illicit origin or context traced or established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the weapons above, those whose illicit origin or context was traced or established by a competent authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arms traced ({left}) cannot exceed the arms seized, found and surrendered ({right}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracing requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests to trace illicit small arms and light weapons under the International Tracing Instrument during the reporting period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracing requests sent to other States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests your authorities sent to other States or through INTERPOL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracing requests received from other States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests other States sent to your authorities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received requests answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the requests received, those your authorities answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests answered ({left}) cannot exceed requests received ({right}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National point of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national point of contact that acts as liaison with other States on all matters relating to the implementation of the Programme of Action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the person or office designated as national point of contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ministry or agency where the point of contact sits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address that is read, preferably a functional mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In international format, for example +41 22 917 1234.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National coordination body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national commission, coordination mechanism or similar body on small arms and light weapons, and the women and men who sit on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A national coordination body exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes if a national commission or similar body coordinates implementation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members who are women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of members of the body who are women.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members who are men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of members of the body who are men.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members are counted only when a coordination body exists: answer Yes to the first question or clear the counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A national action plan or other national policy instrument on small arms and light weapons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A national action plan exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes if a national action plan or other national policy instrument has been adopted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year the current plan was adopted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period covered: from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First year the plan covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period covered: to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year the plan covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year or period is given only when a plan exists: answer Yes to the first question or clear the years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period cannot end ({right}) before it starts ({left}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surplus destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surplus small arms and light weapons destroyed during the reporting period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surplus weapons destroyed in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weapons declared surplus and destroyed during the reporting period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diversion incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents of diversion of small arms and light weapons recorded by national authorities during the reporting period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diversion incidents recorded in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases in which weapons left the legal chain of custody (loss, theft, unauthorized transfer) and were recorded by a national authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incidents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsavedWork</name>
    <message>
        <source>%1: everything else you typed is saved, but %2 could not be saved yet:
%3

What you typed is kept as a draft and shown again, marked, when you come back to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• a value that is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some values could not be saved yet and are kept as drafts:

%1

They are shown again, marked, when you open these measures. Close now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved version is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version is kept as a draft; open the measure to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values kept as drafts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>New assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search, e.g. Kenya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in from the list of UN Member and observer States.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a State not on the list, type its three-letter code, e.g. KEN for Kenya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agencies yet. Choose Add agency for each one that contributes, such as the police, customs, defence, justice, the arms licensing authority, the national statistics office and women&apos;s affairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the assessment of %1 for another reporting cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to poa-desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poa-desktop helps you assess how far your State has implemented its commitments under the UN Programme of Action on small arms and light weapons and the International Tracing Instrument, and prepare the national report; everything stays on this computer. To begin, say which State you report for, who the national focal point is and which agencies contribute, then name the reporting cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds the assessments of one State. Type part of its name and choose it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ISO 3166 code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 3166 alpha-3 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National focal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national point of contact named on the report&apos;s cover and in its contacts annex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focal point name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focal point title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Director, Arms Control Division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focal point email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focal point phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributing agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national &amp;agencies that contribute answers; you can change this list later:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assessment covers one reporting cycle, such as a Biennial Meeting of States or a Review Conference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting &amp;cycle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. BMS10 2028</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;blank: every commitment not yet assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carr&amp;y forward answers from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle to carry forward from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers, laws, agencies, evidence and report figures are copied and marked as carried forward, so you only update what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Open a poa-desktop database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poa-desktop databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this is your poa-desktop database and it is damaged: copies taken by poa-desktop, if any, are in %1. Close poa-desktop, keep the damaged file elsewhere, and copy the most recent one to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers that could not be saved are kept in %1; they are offered back once the database opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is in place. The damaged file is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Restore the most recent backup, taken %2 (%3 measures answered)? The damaged file is kept beside it under another name, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
