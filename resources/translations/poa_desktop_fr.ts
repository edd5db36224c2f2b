<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>version %1: %2 paragraphs, %3 measures</source>
        <translation>version %1&#xa0;: %2 paragraphes, %3 mesures</translation>
    </message>
    <message>
        <source>Read the %1 text</source>
        <translation>Lire le document %1</translation>
    </message>
    <message>
        <source>About poa-desktop</source>
        <translation>À propos de poa-desktop</translation>
    </message>
    <message>
        <source>Self-assessment and voluntary national reporting on the Programme of Action on small arms and light weapons and the International Tracing Instrument. It works offline: it never connects to a network, checks for updates or sends anything anywhere.</source>
        <translation>Autoévaluation et rapports nationaux volontaires sur le Programme d&apos;action sur les armes légères et de petit calibre et l&apos;Instrument international de traçage. L&apos;application fonctionne hors ligne&#xa0;: elle ne se connecte jamais à un réseau, ne recherche pas de mises à jour et n&apos;envoie rien nulle part.</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>Cette installation</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <source>Commitment catalog:</source>
        <translation>Catalogue des engagements&#xa0;:</translation>
    </message>
    <message>
        <source>Source documents:</source>
        <translation>Documents sources&#xa0;:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Copies de sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>Running on:</source>
        <translation>Environnement&#xa0;:</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Bundled software and fonts</source>
        <translation>Logiciels et polices inclus</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Utilisé pour</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texte de la licence</translation>
    </message>
</context>
<context>
    <name>AgenciesDialog</name>
    <message>
        <source>Agencies of the %1 assessment</source>
        <translation>Organismes de l&apos;évaluation %1</translation>
    </message>
    <message>
        <source>Carried forward, still to confirm: %1</source>
        <translation>Réponses reportées, encore à confirmer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose an agency.</source>
        <translation>Choisissez un organisme.</translation>
    </message>
    <message>
        <source>No change: no measure of %2 was assigned to %1.</source>
        <translation>Aucun changement&#xa0;: aucune mesure de «&#xa0;%2&#xa0;» n&apos;était attribuée à %1.</translation>
    </message>
    <message>
        <source>No change: every measure of %2 is already assigned to %1.</source>
        <translation>Aucun changement&#xa0;: toutes les mesures de «&#xa0;%2&#xa0;» sont déjà attribuées à %1.</translation>
    </message>
    <message>
        <source>1 measure unassigned from %2</source>
        <translation>1 mesure retirée à %2</translation>
    </message>
    <message>
        <source>1 measure assigned to %2</source>
        <translation>1 mesure attribuée à %2</translation>
    </message>
    <message>
        <source>%1 measures unassigned from %2</source>
        <translation>%1 mesures retirées à %2</translation>
    </message>
    <message>
        <source>%1 measures assigned to %2</source>
        <translation>%1 mesures attribuées à %2</translation>
    </message>
    <message>
        <source>1 answer confirmed unchanged.</source>
        <translation>1 réponse confirmée inchangée.</translation>
    </message>
    <message>
        <source>%1 answers confirmed unchanged.</source>
        <translation>%1 réponses confirmées inchangées.</translation>
    </message>
    <message>
        <source>Confirm %1 carried-forward answer(s) as reviewed and unchanged? Each answer&apos;s history records the confirmation.</source>
        <translation>Confirmer comme revues et inchangées les réponses reportées (%1)&#xa0;? L&apos;historique de chaque réponse enregistre cette confirmation.</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Organismes</translation>
    </message>
    <message>
        <source>&amp;Measures assigned to each agency, and how many of them are answered:</source>
        <translation>&amp;Mesures attribuées à chaque organisme, et nombre de celles qui ont une réponse&#xa0;:</translation>
    </message>
    <message>
        <source>Progress per agency</source>
        <translation>Avancement par organisme</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Attribuées</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Avec réponse</translation>
    </message>
    <message>
        <source>Answered (%)</source>
        <translation>Avec réponse (%)</translation>
    </message>
    <message>
        <source>ℹ The State profile has no agencies yet: add the contributing agencies to the profile first.</source>
        <translation>ℹ Le profil de l&apos;État ne compte encore aucun organisme&#xa0;: ajoutez d&apos;abord au profil les organismes qui contribuent.</translation>
    </message>
    <message>
        <source>Assign measures in bulk</source>
        <translation>Attribuer des mesures en bloc</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>&amp;Organisme&#xa0;:</translation>
    </message>
    <message>
        <source>By &amp;theme:</source>
        <translation>Par &amp;thème&#xa0;:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>By &amp;section:</source>
        <translation>Par &amp;section&#xa0;:</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Attribuer</translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>Réponses reportées</translation>
    </message>
    <message>
        <source>&amp;Confirm all as unchanged</source>
        <translation>&amp;Confirmer toutes comme inchangées</translation>
    </message>
</context>
<context>
    <name>AgencyReturnDialog</name>
    <message>
        <source>Workbook returned by an agency</source>
        <translation>Classeur retourné par un organisme</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Classeurs Excel (*.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the workbook first.</source>
        <translation>Choisissez d&apos;abord le classeur.</translation>
    </message>
    <message>
        <source>Returned by &lt;b&gt;%1&lt;/b&gt;, prepared on %2.</source>
        <translation>Retourné par &lt;b&gt;%1&lt;/b&gt;, préparé le %2.</translation>
    </message>
    <message>
        <source>Answers to update: %1 · changed on both sides: %2 · left as changed here (the agency kept them as sent): %3 · rows that cannot be read: %4</source>
        <translation>Réponses à mettre à jour&#xa0;: %1 · modifiées des deux côtés&#xa0;: %2 · laissées telles que modifiées ici (l&apos;organisme les a gardées telles qu&apos;envoyées)&#xa0;: %3 · lignes illisibles&#xa0;: %4</translation>
    </message>
    <message>
        <source>These answers were changed here after the workbook was prepared, and the agency changed them too. Choose which version to keep for each one:</source>
        <translation>Ces réponses ont été modifiées ici après la préparation du classeur, et l&apos;organisme les a modifiées lui aussi. Choisissez pour chacune la version à conserver&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing to import: no answer differs.</source>
        <translation>Rien à importer&#xa0;: aucune réponse ne diffère.</translation>
    </message>
    <message>
        <source>Choose a version for each answer changed on both sides (%1 left).</source>
        <translation>Choisissez une version pour chaque réponse modifiée des deux côtés (reste à choisir&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Take back an agency&apos;s workbook</source>
        <translation>Intégrer le classeur retourné par un organisme</translation>
    </message>
    <message>
        <source>Choose the workbook an agency sent back. Its answers are shown first; nothing is written until you import.</source>
        <translation>Choisissez le classeur retourné par un organisme. Ses réponses s&apos;affichent d&apos;abord&#xa0;; rien n&apos;est écrit avant que vous ne lanciez l&apos;importation.</translation>
    </message>
    <message>
        <source>&amp;Workbook:</source>
        <translation>&amp;Classeur&#xa0;:</translation>
    </message>
    <message>
        <source>Returned workbook</source>
        <translation>Classeur retourné</translation>
    </message>
    <message>
        <source>path of the .xlsx file the agency returned</source>
        <translation>chemin du fichier .xlsx retourné par l&apos;organisme</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Read it</source>
        <translation>&amp;Lire</translation>
    </message>
    <message>
        <source>&amp;Updates the agency sends (before → after):</source>
        <translation>&amp;Mises à jour envoyées par l’organisme (avant → après) :</translation>
    </message>
    <message>
        <source>Updates the agency sends</source>
        <translation>Mises à jour envoyées par l’organisme</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Rows that cannot be read:</source>
        <translation>Lignes illisibles&#xa0;:</translation>
    </message>
    <message>
        <source>Rows that cannot be read</source>
        <translation>Lignes illisibles</translation>
    </message>
    <message>
        <source>&amp;Skip the rows that cannot be read and import the others</source>
        <translation>I&amp;gnorer les lignes illisibles et importer les autres</translation>
    </message>
    <message>
        <source>Answers changed on both sides</source>
        <translation>Réponses modifiées des deux côtés</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>AgencyWorkbookDialog</name>
    <message>
        <source>The State profile lists no agency: add agencies first.</source>
        <translation>Le profil de l&apos;État ne mentionne aucun organisme&#xa0;: ajoutez d&apos;abord des organismes.</translation>
    </message>
    <message>
        <source>Measures assigned to this agency: %1.</source>
        <translation>Mesures attribuées à cet organisme&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No measure is assigned to this agency yet: assign measures to it first.</source>
        <translation>Aucune mesure n&apos;est encore attribuée à cet organisme&#xa0;: attribuez-lui d&apos;abord des mesures.</translation>
    </message>
    <message>
        <source>Folder for the workbook</source>
        <translation>Dossier du classeur</translation>
    </message>
    <message>
        <source>Choose an agency.</source>
        <translation>Choisissez un organisme.</translation>
    </message>
    <message>
        <source>Give the file a name.</source>
        <translation>Donnez un nom au fichier.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>✓ Written for %2 (measures: %1):
%3
Send it to the agency.</source>
        <translation>✓ Classeur créé pour %2 (mesures&#xa0;: %1)&#xa0;:
%3
Envoyez-le à l&apos;organisme.</translation>
    </message>
    <message>
        <source>Replace %1?</source>
        <translation>Remplacer %1&#xa0;?</translation>
    </message>
    <message>
        <source>Prepare a workbook for an agency</source>
        <translation>Préparer un classeur pour un organisme</translation>
    </message>
    <message>
        <source>Write an Excel workbook holding only the measures assigned to one agency. Send it to the agency; when it comes back, take its answers in with File → Take back an agency&apos;s workbook.</source>
        <translation>Créez un classeur Excel ne contenant que les mesures attribuées à un organisme. Envoyez-le à l&apos;organisme&#xa0;; à son retour, intégrez ses réponses avec Fichier → Intégrer le classeur retourné par un organisme.</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Organisme&#xa0;:</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nom du fichier&#xa0;:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>&amp;Prepare</source>
        <translation>&amp;Préparer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>AggregateDialog</name>
    <message>
        <source>National workbooks to read</source>
        <translation>Classeurs nationaux à lire</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
        <translation>Classeurs Excel (*.xlsx *.xlsm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>A folder of national workbooks</source>
        <translation>Un dossier de classeurs nationaux</translation>
    </message>
    <message>
        <source>Analysis workbook</source>
        <translation>Classeur d&apos;analyse</translation>
    </message>
    <message>
        <source>Analysis PDF</source>
        <translation>PDF d&apos;analyse</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Add the national workbooks to read: files, a folder, or both.</source>
        <translation>Ajoutez les classeurs nationaux à lire&#xa0;: des fichiers, un dossier, ou les deux.</translation>
    </message>
    <message>
        <source>Give a file for the analysis workbook, the PDF, or both.</source>
        <translation>Indiquez un fichier pour le classeur d&apos;analyse, pour le PDF, ou pour les deux.</translation>
    </message>
    <message>
        <source>%1 is a folder: give a file name.</source>
        <translation>%1 est un dossier&#xa0;: indiquez un nom de fichier.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is one of the workbooks to read: choose another file to write.</source>
        <translation>%1 fait partie des classeurs à lire&#xa0;: choisissez un autre fichier à écrire.</translation>
    </message>
    <message>
        <source>Looking for the workbooks…</source>
        <translation>Recherche des classeurs…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Reading the workbooks: %1 of %2</source>
        <translation>Lecture des classeurs&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation>Terminé en %1 s.</translation>
    </message>
    <message>
        <source>Stopped: nothing was written.</source>
        <translation>Arrêté&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Workbooks read: %1. National reports counted: %2, of %3 States.</source>
        <translation>Classeurs lus&#xa0;: %1. Rapports nationaux pris en compte&#xa0;: %2 (États&#xa0;: %3).</translation>
    </message>
    <message>
        <source>Cycles: %1</source>
        <translation>Cycles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Read and counted in %1 s, by %2 process(es).</source>
        <translation>Lecture et décompte en %1 s, par %2 processus.</translation>
    </message>
    <message>
        <source>Peak memory: %1</source>
        <translation>Mémoire maximale&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not used (%1):</source>
        <translation>Non utilisés (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Not counted, the same State and cycle again (%1):</source>
        <translation>Non pris en compte, même État et même cycle qu&apos;un autre fichier (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Remarques&#xa0;:</translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>Fichiers écrits&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1 MiB (this window)</source>
        <translation>%1 Mio (cette fenêtre)</translation>
    </message>
    <message>
        <source>%1 MiB (largest reading process)</source>
        <translation>%1 Mio (le plus gros processus de lecture)</translation>
    </message>
    <message>
        <source>Replace these files?
%1</source>
        <translation>Remplacer ces fichiers&#xa0;?
%1</translation>
    </message>
    <message>
        <source>The analysis stopped on an unexpected error (%1). Nothing was written; the details are in %2.</source>
        <translation>L&apos;analyse s&apos;est arrêtée sur une erreur inattendue (%1). Rien n&apos;a été écrit&#xa0;; les détails figurent dans %2.</translation>
    </message>
    <message>
        <source>Analyse national reports</source>
        <translation>Analyser les rapports nationaux</translation>
    </message>
    <message>
        <source>Read the national workbooks States exported from this application and write what they say together: implementation by measure, State, theme and UN regional group, and assistance needed against assistance offered. A workbook changed after export is named, not counted. The assessment open in the window is not used.</source>
        <translation>Lisez les classeurs nationaux que les États ont exportés depuis cette application et produisez la synthèse de leur contenu&#xa0;: mise en œuvre par mesure, par État, par thème et par groupe régional de l&apos;ONU, et assistance nécessaire au regard de l&apos;assistance offerte. Un classeur modifié après l&apos;exportation est signalé, mais n&apos;est pas pris en compte. L&apos;évaluation ouverte dans la fenêtre n&apos;est pas utilisée.</translation>
    </message>
    <message>
        <source>Workbooks and folders to read</source>
        <translation>Classeurs et dossiers à lire</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Ajouter des &amp;fichiers…</translation>
    </message>
    <message>
        <source>Choose one or more national workbooks (.xlsx)</source>
        <translation>Choisir un ou plusieurs classeurs nationaux (.xlsx)</translation>
    </message>
    <message>
        <source>Add a fol&amp;der…</source>
        <translation>Ajouter un &amp;dossier…</translation>
    </message>
    <message>
        <source>Every workbook (.xlsx) in the folder and its subfolders is read</source>
        <translation>Tous les classeurs (.xlsx) du dossier et de ses sous-dossiers sont lus</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Take the selected entries off the list (the files are not touched)</source>
        <translation>Retirer de la liste les éléments sélectionnés (les fichiers ne sont pas modifiés)</translation>
    </message>
    <message>
        <source>The analysis</source>
        <translation>L&apos;analyse</translation>
    </message>
    <message>
        <source>&amp;Workbook (.xlsx):</source>
        <translation>&amp;Classeur (.xlsx)&#xa0;:</translation>
    </message>
    <message>
        <source>Analysis workbook to write</source>
        <translation>Classeur d&apos;analyse à écrire</translation>
    </message>
    <message>
        <source>Leave empty not to write the workbook</source>
        <translation>Laissez vide pour ne pas écrire le classeur</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parco&amp;urir…</translation>
    </message>
    <message>
        <source>Browse for the analysis workbook</source>
        <translation>Rechercher le classeur d&apos;analyse</translation>
    </message>
    <message>
        <source>&amp;PDF:</source>
        <translation>&amp;PDF&#xa0;:</translation>
    </message>
    <message>
        <source>Analysis PDF to write</source>
        <translation>PDF d&apos;analyse à écrire</translation>
    </message>
    <message>
        <source>Leave empty not to write the PDF</source>
        <translation>Laissez vide pour ne pas écrire le PDF</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>Parcour&amp;ir…</translation>
    </message>
    <message>
        <source>Browse for the analysis PDF</source>
        <translation>Rechercher le PDF d&apos;analyse</translation>
    </message>
    <message>
        <source>Report lan&amp;guage:</source>
        <translation>&amp;Langue du rapport&#xa0;:</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <source>The language of the analysis workbook and PDF, whatever the language of the window or of the national workbooks</source>
        <translation>La langue du classeur et du PDF d&apos;analyse, quelle que soit la langue de la fenêtre ou des classeurs nationaux</translation>
    </message>
    <message>
        <source>Progress of the analysis</source>
        <translation>Avancement de l&apos;analyse</translation>
    </message>
    <message>
        <source>Summary of the analysis</source>
        <translation>Résumé de l&apos;analyse</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>&amp;Analyser</translation>
    </message>
    <message>
        <source>Read the workbooks and write the analysis</source>
        <translation>Lire les classeurs et écrire l&apos;analyse</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Stop the analysis: nothing is written</source>
        <translation>Arrêter l&apos;analyse&#xa0;: rien n&apos;est écrit</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the folder the analysis was written to</source>
        <translation>Ouvrir le dossier dans lequel l&apos;analyse a été écrite</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>AnswerForm</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>In UNODA&apos;s reporting template: %1</source>
        <translation>Dans le modèle de rapport du Bureau des affaires de désarmement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Assistance kind: %1</source>
        <translation>Type d&apos;assistance&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (not in the State profile)</source>
        <translation>%1 (absent du profil de l&apos;État)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Implemented</source>
        <translation>&amp;Mis en œuvre</translation>
    </message>
    <message>
        <source>De&amp;veloping</source>
        <translation>En &amp;cours</translation>
    </message>
    <message>
        <source>Not i&amp;mplemented</source>
        <translation>N&amp;on mis en œuvre</translation>
    </message>
    <message>
        <source>Not applica&amp;ble</source>
        <translation>Sans o&amp;bjet</translation>
    </message>
    <message>
        <source>Not &amp;yet assessed</source>
        <translation>Pas encore éval&amp;ué</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Measures ta&amp;ken</source>
        <translation>Mesures pr&amp;ises</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Mesures prises</translation>
    </message>
    <message>
        <source>What has your State done to implement this commitment?</source>
        <translation>Qu&apos;a fait votre État pour mettre en œuvre cet engagement&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Laws and regulations</source>
        <translation>&amp;Lois et règlements</translation>
    </message>
    <message>
        <source>Laws and regulations</source>
        <translation>Lois et règlements</translation>
    </message>
    <message>
        <source>One row per law or regulation; Delete removes the selected rows</source>
        <translation>Une ligne par loi ou règlement&#xa0;; la touche Suppr supprime les lignes sélectionnées</translation>
    </message>
    <message>
        <source>Add la&amp;w</source>
        <translation>A&amp;jouter une loi</translation>
    </message>
    <message>
        <source>Add a row for a law or regulation</source>
        <translation>Ajouter une ligne pour une loi ou un règlement</translation>
    </message>
    <message>
        <source>Remove law</source>
        <translation>Supprimer la loi</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>Supprimer les lignes sélectionnées (Suppr)</translation>
    </message>
    <message>
        <source>Re&amp;sponsible agencies</source>
        <translation>Or&amp;ganismes responsables</translation>
    </message>
    <message>
        <source>Responsible agencies</source>
        <translation>Organismes responsables</translation>
    </message>
    <message>
        <source>Add agencies in the State profile to choose the ones responsible.</source>
        <translation>Ajoutez des organismes dans le profil de l&apos;État pour choisir les responsables.</translation>
    </message>
    <message>
        <source>&amp;Challenges</source>
        <translation>&amp;Difficultés</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Difficultés</translation>
    </message>
    <message>
        <source>What stands in the way?</source>
        <translation>Qu&apos;est-ce qui fait obstacle&#xa0;?</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Assistanc&amp;e needed</source>
        <translation>Assistance &amp;nécessaire</translation>
    </message>
    <message>
        <source>Assistance needed</source>
        <translation>Assistance nécessaire</translation>
    </message>
    <message>
        <source>Kinds of assistance</source>
        <translation>Types d&apos;assistance</translation>
    </message>
    <message>
        <source>Desc&amp;ription of the assistance needed</source>
        <translation>Descri&amp;ption de l&apos;assistance nécessaire</translation>
    </message>
    <message>
        <source>Description of the assistance needed</source>
        <translation>Description de l&apos;assistance nécessaire</translation>
    </message>
    <message>
        <source>What is needed, for what, and at what estimated cost?</source>
        <translation>De quoi avez-vous besoin, pour quoi faire, et pour quel coût estimé&#xa0;?</translation>
    </message>
    <message>
        <source>Assistance &amp;offered</source>
        <translation>Assistance o&amp;fferte</translation>
    </message>
    <message>
        <source>Assistance offered</source>
        <translation>Assistance offerte</translation>
    </message>
    <message>
        <source>Assistance your State can offer others on this commitment</source>
        <translation>Assistance que votre État peut offrir à d&apos;autres pour cet engagement</translation>
    </message>
    <message>
        <source>National target</source>
        <translation>Objectif national</translation>
    </message>
    <message>
        <source>National &amp;target</source>
        <translation>Objectif na&amp;tional</translation>
    </message>
    <message>
        <source>The result your State aims for on this commitment</source>
        <translation>Le résultat que votre État vise pour cet engagement</translation>
    </message>
    <message>
        <source>Set a target &amp;date</source>
        <translation>Fixer une date cibl&amp;e</translation>
    </message>
    <message>
        <source>Set a target date</source>
        <translation>Fixer une date cible</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date cible</translation>
    </message>
    <message>
        <source>Report fields</source>
        <translation>Champs du rapport</translation>
    </message>
    <message>
        <source>Figures the national report asks for. They belong to the whole assessment: every commitment that shows them shares the same values.</source>
        <translation>Chiffres demandés par le rapport national. Ils valent pour l&apos;ensemble de l&apos;évaluation&#xa0;: tous les engagements qui les affichent partagent les mêmes valeurs.</translation>
    </message>
</context>
<context>
    <name>AssessmentActions</name>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
</context>
<context>
    <name>AutosaveController</name>
    <message>
        <source>Editing…</source>
        <translation>Modification en cours…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved at %1, except the fields marked ⚠ (kept as a draft)</source>
        <translation>Enregistré à %1, sauf les champs marqués ⚠ (conservés comme brouillon)</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <source>Changed elsewhere: choose what to keep</source>
        <translation>Modifié ailleurs&#xa0;: choisissez quoi conserver</translation>
    </message>
    <message>
        <source>Not saved — copy your text somewhere safe</source>
        <translation>Non enregistré — copiez votre texte en lieu sûr</translation>
    </message>
    <message>
        <source>%1

The recovery file could not be written either (%2). What you typed is still on screen: copy it somewhere safe before closing poa-desktop.</source>
        <translation>%1

Le fichier de récupération n&apos;a pas pu être écrit non plus (%2). Ce que vous avez saisi est toujours à l&apos;écran&#xa0;: copiez-le en lieu sûr avant de fermer poa-desktop.</translation>
    </message>
    <message>
        <source>Not saved — kept in a recovery file</source>
        <translation>Non enregistré — conservé dans un fichier de récupération</translation>
    </message>
    <message>
        <source>%1

What you typed stays on screen and is kept in the recovery file
%2

If it cannot be saved before you close poa-desktop, it is offered again at the next start.</source>
        <translation>%1

Ce que vous avez saisi reste à l&apos;écran et est conservé dans le fichier de récupération
%2

S&apos;il ne peut pas être enregistré avant la fermeture de poa-desktop, il vous sera proposé de nouveau au prochain démarrage.</translation>
    </message>
    <message>
        <source>Your changes could not be saved</source>
        <translation>Vos modifications n&apos;ont pas pu être enregistrées</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>No backup yet. The first is taken today; backups go to %1</source>
        <translation>Aucune copie de sauvegarde pour l&apos;instant. La première est faite aujourd&apos;hui&#xa0;; les copies sont placées dans %1</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Restaurer cette copie de sauvegarde&#xa0;?</translation>
    </message>
    <message>
        <source>Backups are kept in %1, on the same disk as the database: a broken or stolen computer takes them too. Keep a copy elsewhere as well (a USB key, a network folder) with Save a copy elsewhere.</source>
        <translation>Les copies de sauvegarde sont conservées dans %1, sur le même disque que la base de données : un ordinateur en panne ou volé les emporte aussi. Gardez aussi une copie ailleurs (une clé USB, un dossier réseau) avec Enregistrer une copie ailleurs.</translation>
    </message>
    <message>
        <source>A copy of the database is saved in %1.</source>
        <translation>Une copie de la base de données est enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Save a copy of the database elsewhere</source>
        <translation>Enregistrer une copie de la base de données ailleurs</translation>
    </message>
    <message>
        <source>poa-desktop databases (*.sqlite)</source>
        <translation>Bases de données poa-desktop (*.sqlite)</translation>
    </message>
    <message>
        <source>the backup taken %1 (%2)</source>
        <translation>la copie de sauvegarde du %1 (%2)</translation>
    </message>
    <message>
        <source>the copy in %1</source>
        <translation>la copie %1</translation>
    </message>
    <message>
        <source>the copy in %1, last changed %2</source>
        <translation>la copie %1, modifiée pour la dernière fois le %2</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>un projet</translation>
    </message>
    <message>
        <source>submitted for clearance</source>
        <translation>soumise pour validation</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>validée</translation>
    </message>
    <message>
        <source>Restore %1?</source>
        <translation>Restaurer %1 ?</translation>
    </message>
    <message>
        <source>It holds %1 answers with a status; the database holds %2 now.</source>
        <translation>Elle contient %1 réponses avec un statut ; la base de données en contient %2 aujourd’hui.</translation>
    </message>
    <message>
        <source>The %1 assessment is %2 now and goes back to %3: its submission or clearance will have to be given again.</source>
        <translation>L’évaluation %1 est %2 aujourd’hui et redevient %3 : sa soumission ou sa validation devra être donnée à nouveau.</translation>
    </message>
    <message>
        <source>The %1 assessment is not in it and goes.</source>
        <translation>L’évaluation %1 n’y figure pas et disparaît.</translation>
    </message>
    <message>
        <source>What was saved since is replaced. The database as it is now is copied first, so you can come back to it from this list.</source>
        <translation>Ce qui a été enregistré depuis est remplacé. La base de données telle qu’elle est maintenant est d’abord copiée : vous pourrez y revenir depuis cette liste.</translation>
    </message>
    <message>
        <source>The database now holds %1.

What it held just before is kept as %2, in this list: restoring that copy undoes the restore.</source>
        <translation>La base de données contient désormais %1.

Ce qu&apos;elle contenait juste avant est conservé dans cette liste&#xa0;: c&apos;est %2&#xa0;; restaurer cette copie annule la restauration.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copie de sauvegarde restaurée</translation>
    </message>
    <message>
        <source>Restore from a copy of the database</source>
        <translation>Restaurer à partir d&apos;une copie de la base de données</translation>
    </message>
    <message>
        <source>poa-desktop databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données poa-desktop (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une copie de sauvegarde</translation>
    </message>
    <message>
        <source>poa-desktop copies your database every day you use it, and before every schema upgrade, import and restore. Restoring replaces what the database holds now with the chosen copy; the database as it is now is copied first, so a restore can itself be undone.</source>
        <translation>poa-desktop copie votre base de données chaque jour où vous l&apos;utilisez, ainsi qu&apos;avant chaque mise à niveau du schéma, importation et restauration. La restauration remplace le contenu actuel de la base de données par la copie choisie&#xa0;; la base de données dans son état actuel est d&apos;abord copiée, de sorte qu&apos;une restauration peut elle-même être annulée.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copies de sauvegarde, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Measures answered</source>
        <translation>Mesures avec réponse</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>&amp;Take a backup now</source>
        <translation>&amp;Faire une copie de sauvegarde maintenant</translation>
    </message>
    <message>
        <source>&amp;Save a copy elsewhere…</source>
        <translation>Enregistrer une &amp;copie ailleurs…</translation>
    </message>
    <message>
        <source>A copy of the database on another disk, a USB key or a network folder</source>
        <translation>Une copie de la base de données sur un autre disque, une clé USB ou un dossier réseau</translation>
    </message>
    <message>
        <source>Restore from &amp;another file…</source>
        <translation>Restaurer depuis un &amp;autre fichier…</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup…</source>
        <translation>&amp;Restaurer la copie sélectionnée…</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <source>Changes in %1</source>
        <translation>Changements dans %1</translation>
    </message>
    <message>
        <source>There is no earlier cycle to compare with.</source>
        <translation>Il n&apos;y a aucun cycle antérieur avec lequel comparer.</translation>
    </message>
    <message>
        <source>There is no assessment yet.</source>
        <translation>Il n&apos;y a encore aucune évaluation.</translation>
    </message>
    <message>
        <source>No answer changed from %1 to %2.</source>
        <translation>Aucune réponse n&apos;a changé entre %1 et %2.</translation>
    </message>
    <message>
        <source>1 answer changed from %1 to %2.</source>
        <translation>1 réponse a changé entre %1 et %2.</translation>
    </message>
    <message>
        <source>%1 answers changed from %2 to %3.</source>
        <translation>%1 réponses ont changé entre %2 et %3.</translation>
    </message>
    <message>
        <source>Changes since an earlier cycle</source>
        <translation>Changements depuis un cycle antérieur</translation>
    </message>
    <message>
        <source>Compare with the &amp;earlier cycle:</source>
        <translation>Comparer avec le cycle &amp;antérieur&#xa0;:</translation>
    </message>
    <message>
        <source>Earlier cycle</source>
        <translation>Cycle antérieur</translation>
    </message>
    <message>
        <source>Answers changed since the earlier cycle</source>
        <translation>Réponses modifiées depuis le cycle antérieur</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Status: before → now</source>
        <translation>Statut&#xa0;: avant → maintenant</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>Champs modifiés</translation>
    </message>
</context>
<context>
    <name>ClearanceDialog</name>
    <message>
        <source>Clearance of the %1 assessment</source>
        <translation>Validation de l&apos;évaluation %1</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Submitted for clearance</source>
        <translation>Soumise pour validation</translation>
    </message>
    <message>
        <source>Cleared: approved for release</source>
        <translation>Validée&#xa0;: diffusion approuvée</translation>
    </message>
    <message>
        <source>When the answers are ready, the reporting officer submits the draft to the clearing authority.</source>
        <translation>Lorsque les réponses sont prêtes, le responsable du rapport soumet le brouillon à l&apos;autorité de validation.</translation>
    </message>
    <message>
        <source>The answers are frozen while the clearing authority reviews them. The clearing authority approves the assessment for release, or returns it to draft saying why.</source>
        <translation>Les réponses sont figées pendant que l&apos;autorité de validation les examine. L&apos;autorité de validation approuve la diffusion de l&apos;évaluation, ou la renvoie en brouillon en indiquant pourquoi.</translation>
    </message>
    <message>
        <source>The assessment is cleared and its answers are frozen. Reopen it as a draft to change them.</source>
        <translation>L&apos;évaluation est validée et ses réponses sont figées. Rouvrez-la comme brouillon pour les modifier.</translation>
    </message>
    <message>
        <source>Returned to draft</source>
        <translation>Renvoyée en brouillon</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not yet assessed: %1 (%2 of them gender measures)</source>
        <translation>Pas encore évaluées : %1 (dont %2 mesures relatives au genre)</translation>
    </message>
    <message>
        <source>Not yet assessed: %1</source>
        <translation>Pas encore évaluées : %1</translation>
    </message>
    <message>
        <source>Developing, with the measures taken not described: %1</source>
        <translation>En cours, sans description des mesures prises : %1</translation>
    </message>
    <message>
        <source>Assistance needed, with no kind chosen: %1</source>
        <translation>Assistance nécessaire, sans type choisi : %1</translation>
    </message>
    <message>
        <source>Report fields to correct: %1</source>
        <translation>Champs du rapport à corriger : %1</translation>
    </message>
    <message>
        <source>&amp;Checklist: 1 open item</source>
        <translation>&amp;Liste de contrôle : 1 élément en suspens</translation>
    </message>
    <message>
        <source>&amp;Checklist: %1 open items</source>
        <translation>&amp;Liste de contrôle : %1 éléments en suspens</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>&amp;Liste de contrôle&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing open</source>
        <translation>Aucun point en suspens</translation>
    </message>
    <message>
        <source>(a gender measure)</source>
        <translation>(une mesure relative au genre)</translation>
    </message>
    <message>
        <source>Open items listed in an annex: %1</source>
        <translation>Points en suspens listés en annexe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not yet submitted for clearance.</source>
        <translation>Pas encore soumise pour validation.</translation>
    </message>
    <message>
        <source>The assessment is now: %1.</source>
        <translation>L&apos;évaluation est désormais&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Approve the %1 assessment of %2 for release, as %3?</source>
        <translation>Approuver la diffusion de l&apos;évaluation %1 (%2), en tant que %3&#xa0;?</translation>
    </message>
    <message>
        <source>%1 open checklist item(s) will be listed in an annex of the report.</source>
        <translation>Points en suspens de la liste de contrôle qui seront listés dans une annexe du rapport&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The assessment is then cleared: its answers stay frozen and the report names the approving authority. It can be reopened as a draft later, with a reason.</source>
        <translation>L&apos;évaluation est alors validée&#xa0;: ses réponses restent figées et le rapport indique l&apos;autorité qui l&apos;a approuvée. Elle pourra être rouverte plus tard comme brouillon, en indiquant un motif.</translation>
    </message>
    <message>
        <source>Approve for release</source>
        <translation>Approuver la diffusion</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Checklist of open items</source>
        <translation>Liste de contrôle des points en suspens</translation>
    </message>
    <message>
        <source>Things to settle before clearance, by kind; double-click an item or press Enter to go to its commitment</source>
        <translation>Ce qui reste à régler avant la validation, par type ; double-cliquez sur un élément ou appuyez sur Entrée pour aller à son engagement</translation>
    </message>
    <message>
        <source>&amp;Go to the measure</source>
        <translation>Aller à la &amp;mesure</translation>
    </message>
    <message>
        <source>Close the checklist and show the chosen measure</source>
        <translation>Fermer la liste de contrôle et afficher la mesure choisie</translation>
    </message>
    <message>
        <source>Clearance &amp;history:</source>
        <translation>&amp;Historique de la validation&#xa0;:</translation>
    </message>
    <message>
        <source>Clearance history</source>
        <translation>Historique de la validation</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Reason or open items</source>
        <translation>Motif ou points en suspens</translation>
    </message>
    <message>
        <source>Submit for clearance</source>
        <translation>Soumettre pour validation</translation>
    </message>
    <message>
        <source>Reporting &amp;officer:</source>
        <translation>&amp;Responsable du rapport&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the reporting officer</source>
        <translation>Nom du responsable du rapport</translation>
    </message>
    <message>
        <source>&amp;Submit for clearance</source>
        <translation>&amp;Soumettre pour validation</translation>
    </message>
    <message>
        <source>Approve for release, or return to draft</source>
        <translation>Approuver la diffusion, ou renvoyer en brouillon</translation>
    </message>
    <message>
        <source>Clearing &amp;authority:</source>
        <translation>&amp;Autorité de validation&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the clearing authority</source>
        <translation>Nom de l&apos;autorité de validation</translation>
    </message>
    <message>
        <source>Approve with the open items listed in an a&amp;nnex</source>
        <translation>Approuver avec les points en suspens listés en a&amp;nnexe</translation>
    </message>
    <message>
        <source>A&amp;pprove for release…</source>
        <translation>A&amp;pprouver la diffusion…</translation>
    </message>
    <message>
        <source>The clearing authority approves the assessment for release as the national report; it is then cleared and its answers stay frozen</source>
        <translation>L&apos;autorité de validation approuve la diffusion de l&apos;évaluation comme rapport national&#xa0;; celle-ci est alors validée et ses réponses restent figées</translation>
    </message>
    <message>
        <source>&amp;Reason to return:</source>
        <translation>M&amp;otif du renvoi&#xa0;:</translation>
    </message>
    <message>
        <source>Reason to return the assessment to draft</source>
        <translation>Motif du renvoi de l&apos;évaluation en brouillon</translation>
    </message>
    <message>
        <source>Return to &amp;draft</source>
        <translation>Renvoyer en &amp;brouillon</translation>
    </message>
    <message>
        <source>Reopen as a draft</source>
        <translation>Rouvrir comme brouillon</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Votre nom&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the person reopening</source>
        <translation>Nom de la personne qui rouvre l&apos;évaluation</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Reason to reopen the assessment</source>
        <translation>Motif de la réouverture de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Reopen as a &amp;draft</source>
        <translation>Ro&amp;uvrir comme brouillon</translation>
    </message>
</context>
<context>
    <name>CommitmentView</name>
    <message>
        <source>Related commitments</source>
        <translation>Engagements connexes</translation>
    </message>
    <message>
        <source>a declaration</source>
        <translation>une déclaration</translation>
    </message>
    <message>
        <source>a procedural paragraph (a decision of the meeting)</source>
        <translation>un paragraphe de procédure (une décision de la réunion)</translation>
    </message>
    <message>
        <source>This paragraph is %1: it is shown for reference and is not assessed.</source>
        <translation>Ce paragraphe est %1&#xa0;: il est affiché pour information et n&apos;est pas évalué.</translation>
    </message>
    <message>
        <source>No longer current: %1</source>
        <translation>N&apos;est plus d&apos;actualité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Addressees: %1</source>
        <translation>Destinataires&#xa0;: %1</translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>Thèmes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Niveau&#xa0;: %1</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>Place in the document</source>
        <translation>Emplacement dans le document</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Read in the source text…</source>
        <translation>Lire dans le texte source…</translation>
    </message>
    <message>
        <source>The outcome document as bundled with the app, opened at this paragraph (F1)</source>
        <translation>Le document final fourni avec l&apos;application, ouvert à ce paragraphe (F1)</translation>
    </message>
    <message>
        <source>Read this paragraph in the source text</source>
        <translation>Lire ce paragraphe dans le texte source</translation>
    </message>
    <message>
        <source>Lead-in</source>
        <translation>Chapeau</translation>
    </message>
    <message>
        <source>Commitment text</source>
        <translation>Texte de l&apos;engagement</translation>
    </message>
    <message>
        <source>Addressees and themes</source>
        <translation>Destinataires et thèmes</translation>
    </message>
    <message>
        <source>Related commitments in the other document</source>
        <translation>Engagements connexes dans l&apos;autre document</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ConflictBox</name>
    <message>
        <source>Changed here since %1</source>
        <translation>Modifiée ici depuis %1</translation>
    </message>
    <message>
        <source>From the agency</source>
        <translation>Reçue de l&apos;organisme</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Take the agency&apos;s</source>
        <translation>Prendre celle de l&apos;organisme</translation>
    </message>
    <message>
        <source>Combine both</source>
        <translation>Combiner les deux</translation>
    </message>
    <message>
        <source>Keep what either side wrote: your texts first, then the agency&apos;s; laws, agencies and kinds of assistance from both; your status</source>
        <translation>Garder ce que chacun a écrit : vos textes d’abord, puis ceux de l’organisme ; les lois, organismes et types d’assistance des deux ; votre statut</translation>
    </message>
    <message>
        <source>Keep mine: %1</source>
        <translation>Garder la mienne&#xa0;: %1</translation>
    </message>
    <message>
        <source>Take the agency&apos;s: %1</source>
        <translation>Prendre celle de l&apos;organisme&#xa0;: %1</translation>
    </message>
    <message>
        <source>Combine both: %1</source>
        <translation>Combiner les deux : %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>%1 was saved elsewhere by %2 at %3 while you were typing. Your text is safe. Choose what to keep:</source>
        <translation>La réponse à %1 a été enregistrée ailleurs par %2 à %3 pendant votre saisie. Votre texte est en sécurité. Choisissez quoi conserver&#xa0;:</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Changed elsewhere while you typed</source>
        <translation>Modifiée ailleurs pendant votre saisie</translation>
    </message>
    <message>
        <source>Your version and the version saved elsewhere, field by field</source>
        <translation>Votre version et la version enregistrée ailleurs, champ par champ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Yours (on screen)</source>
        <translation>La vôtre (à l&apos;écran)</translation>
    </message>
    <message>
        <source>Saved elsewhere</source>
        <translation>Enregistrée ailleurs</translation>
    </message>
    <message>
        <source>What you choose is saved as a new version of the answer; earlier versions stay in its history.</source>
        <translation>Votre choix est enregistré comme nouvelle version de la réponse&#xa0;; les versions antérieures restent dans son historique.</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder la mienne</translation>
    </message>
    <message>
        <source>&amp;Combine both</source>
        <translation>&amp;Combiner les deux</translation>
    </message>
    <message>
        <source>&amp;Take the saved version</source>
        <translation>Prendre la version &amp;enregistrée</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Décider &amp;plus tard</translation>
    </message>
</context>
<context>
    <name>CopyWords</name>
    <message>
        <source>No copy of your answers has left this computer since %1.</source>
        <translation>Aucune copie de vos réponses n&apos;est sortie de cet ordinateur depuis le %1.</translation>
    </message>
    <message>
        <source>No copy of your answers has left this computer since you began on %1.</source>
        <translation>Aucune copie de vos réponses n&apos;est sortie de cet ordinateur depuis que vous avez commencé, le %1.</translation>
    </message>
    <message>
        <source>File → Restore from backup… → Save a copy elsewhere… puts one on a USB key or network folder.</source>
        <translation>Fichier → Restaurer une copie de sauvegarde… → Enregistrer une copie ailleurs… permet d&apos;en placer une sur une clé USB ou dans un dossier réseau.</translation>
    </message>
    <message>
        <source>No copy has left this computer yet. Save a copy elsewhere… puts one on a USB key or network folder.</source>
        <translation>Aucune copie n&apos;est encore sortie de cet ordinateur. Enregistrer une copie ailleurs… permet d&apos;en placer une sur une clé USB ou dans un dossier réseau.</translation>
    </message>
    <message>
        <source>The last copy that left this computer was saved on %1, to %2.</source>
        <translation>La dernière copie sortie de cet ordinateur a été enregistrée le %1 dans %2.</translation>
    </message>
    <message>
        <source>This copy is on the same disk as the database: it will not survive a disk failure. A USB key or network folder is safer.</source>
        <translation>Cette copie se trouve sur le même disque que la base de données&#xa0;: elle ne résistera pas à une panne du disque. Une clé USB ou un dossier réseau est plus sûr.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Click a row to see its measures</source>
        <translation>Cliquez sur une ligne pour voir ses mesures</translation>
    </message>
    <message>
        <source>Documents and sections</source>
        <translation>Documents et sections</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>No assessment open</source>
        <translation>Aucune évaluation ouverte</translation>
    </message>
    <message>
        <source>%1 of %2 measures assessed (%3)</source>
        <translation>%1 mesures évaluées sur %2 (%3)</translation>
    </message>
    <message>
        <source>%1 still to assess.</source>
        <translation>Reste à évaluer&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Every measure has a status.</source>
        <translation>Toutes les mesures ont un statut.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Progress dashboard</source>
        <translation>Tableau de bord de l&apos;avancement</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Group measures by</source>
        <translation>Regrouper les mesures par</translation>
    </message>
    <message>
        <source>Status chart</source>
        <translation>Graphique des statuts</translation>
    </message>
    <message>
        <source>Status of measures per document and section</source>
        <translation>Statut des mesures par document et par section</translation>
    </message>
    <message>
        <source>Status counts</source>
        <translation>Nombre de mesures par statut</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <source>Today&apos;s backup could not be taken: %1</source>
        <translation>La copie de sauvegarde du jour n&apos;a pas pu être faite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Copy saved to %1</source>
        <translation>Copie enregistrée dans %1</translation>
    </message>
    <message>
        <source>Copy saved to %1.</source>
        <translation>Copie enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Save a copy of the database</source>
        <translation>Enregistrer une copie de la base de données</translation>
    </message>
    <message>
        <source>poa-desktop databases (*.sqlite)</source>
        <translation>Bases de données poa-desktop (*.sqlite)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une copie de sauvegarde</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Copie de sauvegarde restaurée.</translation>
    </message>
    <message>
        <source>The text of this document is not bundled.</source>
        <translation>Le texte de ce document n&apos;est pas fourni avec l&apos;application.</translation>
    </message>
</context>
<context>
    <name>DocumentChoice</name>
    <message>
        <source>Outcome documents it covers</source>
        <translation>Documents finals couverts</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>This assessment is submitted or cleared: what it covers stays.</source>
        <translation>Cette évaluation est soumise ou validée : ce qu’elle couvre ne change pas.</translation>
    </message>
    <message>
        <source>Left out when poa-desktop started: %1</source>
        <translation>Écarté au démarrage de poa-desktop : %1</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>fourni</translation>
    </message>
    <message>
        <source>Add an outcome document</source>
        <translation>Ajouter un document final</translation>
    </message>
    <message>
        <source>Catalog documents (*.json)</source>
        <translation>Documents du catalogue (*.json)</translation>
    </message>
    <message>
        <source>Not installed:
%1</source>
        <translation>Non installé :
%1</translation>
    </message>
    <message>
        <source>Installed %1. Tick it to cover it in this assessment.</source>
        <translation>%1 est installé. Cochez-le pour le couvrir dans cette évaluation.</translation>
    </message>
    <message>
        <source>Uninstall %1 (%2)?</source>
        <translation>Désinstaller %1 (%2) ?</translation>
    </message>
    <message>
        <source>Remove a document</source>
        <translation>Retirer un document</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 est retiré.</translation>
    </message>
    <message>
        <source>Outcome documents</source>
        <translation>Documents finals</translation>
    </message>
    <message>
        <source>The outcome documents installed. Tick those this assessment covers. A newer outcome or a regional instrument is added from its file; adding one changes no assessment until you tick it.</source>
        <translation>Les documents finals installés. Cochez ceux que couvre cette évaluation. Un document final plus récent ou un instrument régional s’ajoute à partir de son fichier ; l’ajouter ne change aucune évaluation tant que vous ne le cochez pas.</translation>
    </message>
    <message>
        <source>Outcome documents installed</source>
        <translation>Documents finals installés</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Couvert</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>&amp;Add a document…</source>
        <translation>&amp;Ajouter un document…</translation>
    </message>
    <message>
        <source>Check a document file (JSON) and install it for this user</source>
        <translation>Vérifier un fichier de document (JSON) et l’installer pour cet utilisateur</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Uninstall the selected document (only one you added, and only while no answer uses it)</source>
        <translation>Désinstaller le document choisi (seulement un document que vous avez ajouté, et tant qu’aucune réponse ne l’utilise)</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Evidence files</source>
        <translation>Pièces justificatives</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>%1
Type: %2
SHA-256: %3</source>
        <translation>%1
Type&#xa0;: %2
SHA-256&#xa0;: %3</translation>
    </message>
    <message>
        <source>This answer cannot change: its files can be opened and saved, not attached or removed.</source>
        <translation>Cette réponse ne peut pas être modifiée&#xa0;: ses pièces justificatives peuvent être ouvertes et enregistrées, mais pas jointes ni supprimées.</translation>
    </message>
    <message>
        <source>Drop more files here to attach them (up to %1 each).</source>
        <translation>Déposez ici d&apos;autres fichiers pour les joindre (%1 au maximum chacun).</translation>
    </message>
    <message>
        <source>No files attached yet. Attach the documents that support this answer (a law, a decree, a report), or drop them here: up to %1 each.</source>
        <translation>Aucun fichier joint pour l&apos;instant. Joignez les documents qui étayent cette réponse (une loi, un décret, un rapport) ou déposez-les ici&#xa0;: %1 au maximum chacun.</translation>
    </message>
    <message>
        <source>Attach files to this answer</source>
        <translation>Joindre des fichiers à cette réponse</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>1 file attached.</source>
        <translation>1 fichier joint.</translation>
    </message>
    <message>
        <source>%1 files attached.</source>
        <translation>%1 fichiers joints.</translation>
    </message>
    <message>
        <source>Evidence files: drop to attach</source>
        <translation>Pièces justificatives&#xa0;: déposez pour joindre</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>No program to open %1 was found. Save a copy and open it from there.</source>
        <translation>Aucun programme n&apos;a été trouvé pour ouvrir %1. Enregistrez une copie et ouvrez-la depuis cet emplacement.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Copy saved to %1</source>
        <translation>Copie enregistrée dans %1</translation>
    </message>
    <message>
        <source>Remove evidence file</source>
        <translation>Supprimer la pièce justificative</translation>
    </message>
    <message>
        <source>Remove %1 from %2?

A backup of the database is taken first; it still holds the file (File → Restore from backup).</source>
        <translation>Supprimer %1 de %2&#xa0;?

Une copie de sauvegarde de la base de données est d&apos;abord effectuée&#xa0;; elle conserve le fichier (Fichier → Restaurer une copie de sauvegarde).</translation>
    </message>
    <message>
        <source>%1 removed; the backup %2 still holds it.</source>
        <translation>%1 supprimé&#xa0;; la copie de sauvegarde %2 le conserve.</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <source>Double-click a file to open it</source>
        <translation>Double-cliquez sur un fichier pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Joindre des fichiers…</translation>
    </message>
    <message>
        <source>Choose files to attach to this answer (or drop them here)</source>
        <translation>Choisir les fichiers à joindre à cette réponse (ou les déposer ici)</translation>
    </message>
    <message>
        <source>Open the selected file with the program your system uses for it</source>
        <translation>Ouvrir le fichier sélectionné avec le programme que votre système utilise pour ce type de fichier</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Save the selected file somewhere on this computer</source>
        <translation>Enregistrer le fichier sélectionné sur cet ordinateur</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Remove the selected file from this answer (a backup is taken first)</source>
        <translation>Supprimer le fichier sélectionné de cette réponse (une copie de sauvegarde est d&apos;abord effectuée)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>(no annex)</source>
        <translation>(pas d&apos;annexe)</translation>
    </message>
    <message>
        <source>By outcome document</source>
        <translation>Par document final</translation>
    </message>
    <message>
        <source>As UNODA&apos;s template</source>
        <translation>Selon le modèle du Bureau des affaires de désarmement</translation>
    </message>
    <message>
        <source>Folder for the report</source>
        <translation>Dossier du rapport</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>Choisissez au moins un format.</translation>
    </message>
    <message>
        <source>Give the file a name.</source>
        <translation>Donnez un nom au fichier.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Création du rapport…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Replace these files?
%1</source>
        <translation>Remplacer ces fichiers&#xa0;?
%1</translation>
    </message>
    <message>
        <source>The report is written:
%1</source>
        <translation>Le rapport est créé&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Export the national report</source>
        <translation>Exporter le rapport national</translation>
    </message>
    <message>
        <source>Write the voluntary national report as a PDF to sign and send, and as an Excel workbook that UNODA and this application can read.</source>
        <translation>Produisez le rapport national volontaire au format PDF, à signer et à envoyer, et sous forme de classeur Excel lisible par le Bureau des affaires de désarmement et par cette application.</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>&amp;PDF report</source>
        <translation>Rapport &amp;PDF</translation>
    </message>
    <message>
        <source>&amp;Excel workbook</source>
        <translation>Classeur E&amp;xcel</translation>
    </message>
    <message>
        <source>Submission pac&amp;kage (.zip)</source>
        <translation>&amp;Archive de transmission (.zip)</translation>
    </message>
    <message>
        <source>One zip file with the PDF, the workbook, the evidence files and a manifest of their SHA-256, which File → Verify a report package… checks</source>
        <translation>Un seul fichier zip contenant le PDF, le classeur, les pièces justificatives et un manifeste de leurs empreintes SHA-256, que vérifie Fichier → Vérifier une archive de transmission…</translation>
    </message>
    <message>
        <source>Report lan&amp;guage:</source>
        <translation>&amp;Langue du rapport&#xa0;:</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <source>The language the PDF report and the Excel workbook are written in, whatever the language of the window. Commitment IDs and the status codes stay the same in every language.</source>
        <translation>La langue dans laquelle sont rédigés le rapport PDF et le classeur Excel, quelle que soit la langue de la fenêtre. Les identifiants des engagements et les codes de statut restent les mêmes dans toutes les langues.</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>Ordre des &amp;mesures&#xa0;:</translation>
    </message>
    <message>
        <source>Order of the measures in the PDF</source>
        <translation>Ordre des mesures dans le PDF</translation>
    </message>
    <message>
        <source>Each outcome document in its own order, or the sections of UNODA&apos;s national report template, the order of its online form</source>
        <translation>Chaque document final dans son propre ordre, ou les sections du modèle de rapport national du Bureau des affaires de désarmement, dans l&apos;ordre de son formulaire en ligne</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nom du fichier&#xa0;:</translation>
    </message>
    <message>
        <source>File name without extension</source>
        <translation>Nom du fichier sans extension</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Print only the first &amp;sentence of each commitment</source>
        <translation>N&apos;imprimer que la première phra&amp;se de chaque engagement</translation>
    </message>
    <message>
        <source>Annex of what &amp;changed since:</source>
        <translation>Annexe des &amp;changements depuis&#xa0;:</translation>
    </message>
    <message>
        <source>Annex of what changed since an earlier cycle</source>
        <translation>Annexe des changements depuis un cycle antérieur</translation>
    </message>
    <message>
        <source>&amp;Leave out measures not yet assessed</source>
        <translation>&amp;Omettre les mesures pas encore évaluées</translation>
    </message>
</context>
<context>
    <name>ExportThread</name>
    <message>
        <source>The report could not be written (%1). Nothing was written; the details are in %2.</source>
        <translation>Le rapport n&apos;a pas pu être créé (%1). Rien n&apos;a été écrit&#xa0;; les détails figurent dans %2.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All documents</source>
        <translation>Tous les documents</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>All addressees</source>
        <translation>Tous les destinataires</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>Contents of the guide</source>
        <translation>Sommaire du guide</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
    <message>
        <source>No saved answer yet.</source>
        <translation>Aucune réponse enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Each time the answer is saved, a version appears here.</source>
        <translation>Chaque fois que la réponse est enregistrée, une version apparaît ici.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation>Restaurer la version</translation>
    </message>
    <message>
        <source>Make version %1 the current answer to %2?

The current answer stays in the history, so this can be undone.</source>
        <translation>Faire de la version %1 la réponse actuelle à %2&#xa0;?

La réponse actuelle reste dans l&apos;historique&#xa0;: cette opération peut donc être annulée.</translation>
    </message>
    <message>
        <source>Could not restore</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <source>#%1  %2  %3  %4</source>
        <translation>#%1  %2  %3  %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Champs modifiés&#xa0;: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Added text is %1; removed text is %2.</source>
        <translation>Le texte ajouté est %1&#xa0;; le texte supprimé est %2.</translation>
    </message>
    <message>
        <source>underlined on green</source>
        <translation>souligné sur fond vert</translation>
    </message>
    <message>
        <source>struck through on red</source>
        <translation>barré sur fond rouge</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Avant&#xa0;:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Après&#xa0;:</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (actuelle)</translation>
    </message>
    <message>
        <source>Saved %1 by %2, %3</source>
        <translation>Enregistrée le %1 par %2, %3</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>The whole answer in this version</source>
        <translation>La réponse complète dans cette version</translation>
    </message>
    <message>
        <source>This is the current answer.</source>
        <translation>C&apos;est la réponse actuelle.</translation>
    </message>
    <message>
        <source>This version is the same as the current answer.</source>
        <translation>Cette version est identique à la réponse actuelle.</translation>
    </message>
    <message>
        <source>Make version %1 the current answer again.</source>
        <translation>Faire de nouveau de la version %1 la réponse actuelle.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;Saved versions, newest first:</source>
        <translation>&amp;Versions enregistrées, de la plus récente à la plus ancienne&#xa0;:</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Versions enregistrées</translation>
    </message>
    <message>
        <source>Each saved version of this answer, newest first</source>
        <translation>Chaque version enregistrée de cette réponse, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <source>&amp;Details of the selected version:</source>
        <translation>&amp;Détails de la version sélectionnée&#xa0;:</translation>
    </message>
    <message>
        <source>Details of the selected version</source>
        <translation>Détails de la version sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Restaurer cette version</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Restaurer cette version</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>new answer</source>
        <translation>nouvelle réponse</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangée</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservée</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Step 1 of 3: the workbook</source>
        <translation>Étape 1 sur 3&#xa0;: le classeur</translation>
    </message>
    <message>
        <source>Step 2 of 3: the columns</source>
        <translation>Étape 2 sur 3&#xa0;: les colonnes</translation>
    </message>
    <message>
        <source>Step 3 of 3: check and import</source>
        <translation>Étape 3 sur 3&#xa0;: vérification et importation</translation>
    </message>
    <message>
        <source>Another State&apos;s report</source>
        <translation>Rapport d&apos;un autre État</translation>
    </message>
    <message>
        <source>This workbook is the report of %1. The assessment open is %2&apos;s.

Importing it puts the answers of %1 into the assessment of %2. A preview shows every change first, and a backup is taken before anything is written.</source>
        <translation>Ce classeur est le rapport d&apos;un autre État (%1) que celui de l&apos;évaluation ouverte (%2).

L&apos;importer place les réponses de ce rapport (%1) dans l&apos;évaluation ouverte (%2). Un aperçu présente d&apos;abord chaque modification, et une copie de sauvegarde est faite avant toute écriture.</translation>
    </message>
    <message>
        <source>Import %1&apos;s answers into %2</source>
        <translation>Importer les réponses (%1 → %2)</translation>
    </message>
    <message>
        <source>Stopped: nothing was read.</source>
        <translation>Interrompu&#xa0;: rien n&apos;a été lu.</translation>
    </message>
    <message>
        <source>Workbook to import</source>
        <translation>Classeur à importer</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Classeurs Excel (*.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a workbook first.</source>
        <translation>Choisissez d&apos;abord un classeur.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>The sheets and columns chosen last time for this workbook are used.</source>
        <translation>Les feuilles et colonnes choisies la dernière fois pour ce classeur sont utilisées.</translation>
    </message>
    <message>
        <source>%1 (no table found)</source>
        <translation>%1 (aucun tableau trouvé)</translation>
    </message>
    <message>
        <source>Sheets to import: %1.</source>
        <translation>Feuilles à importer&#xa0;: %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Not read: %1.</source>
        <translation>Non lues&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Colonne pour %1</translation>
    </message>
    <message>
        <source>(not in this sheet)</source>
        <translation>(absent de cette feuille)</translation>
    </message>
    <message>
        <source>Choose at least one sheet to import (Import this sheet).</source>
        <translation>Choisissez au moins une feuille à importer (Importer cette feuille).</translation>
    </message>
    <message>
        <source>%1 new answers, %2 changed, %3 unchanged, %4 kept, %5 report field values.</source>
        <translation>Nouvelles réponses&#xa0;: %1, modifiées&#xa0;: %2, inchangées&#xa0;: %3, conservées&#xa0;: %4, valeurs de champs du rapport&#xa0;: %5.</translation>
    </message>
    <message>
        <source>Replacing overwrites %1 filled fields (see Fields changed).</source>
        <translation>Le remplacement écrase %1 champs remplis (voir Champs modifiés).</translation>
    </message>
    <message>
        <source>%1 filled fields differ from the file and are left as they are; choose Replace (Back) to take the file&apos;s values.</source>
        <translation>%1 champs remplis diffèrent du fichier et sont laissés tels quels&#xa0;; choisissez Remplacer (Précédent) pour reprendre les valeurs du fichier.</translation>
    </message>
    <message>
        <source>Cannot be read: %1 cell(s), %2 row(s).</source>
        <translation>Illisibles&#xa0;: %1 cellule(s), %2 ligne(s).</translation>
    </message>
    <message>
        <source>%1, sheets %2.</source>
        <translation>%1, feuilles %2.</translation>
    </message>
    <message>
        <source>Cell skipped: </source>
        <translation>Cellule ignorée&#xa0;: </translation>
    </message>
    <message>
        <source>Row skipped: </source>
        <translation>Ligne ignorée&#xa0;: </translation>
    </message>
    <message>
        <source>Add to the State profile the agencies it does not have (%1): %2</source>
        <translation>Ajouter au profil de l&apos;État les organismes qui n&apos;y figurent pas (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Understood: </source>
        <translation>Interprété&#xa0;: </translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation>Importer des réponses</translation>
    </message>
    <message>
        <source>Choose a workbook: one exported by poa-desktop, or a tracker your ministry keeps. Nothing is written until you confirm the preview.</source>
        <translation>Choisissez un classeur&#xa0;: un classeur exporté par poa-desktop, ou un tableau de suivi tenu par votre ministère. Rien n&apos;est écrit avant que vous ne confirmiez l&apos;aperçu.</translation>
    </message>
    <message>
        <source>path of an .xlsx file</source>
        <translation>chemin d&apos;un fichier .xlsx</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Feuille&#xa0;:</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>&amp;Import this sheet</source>
        <translation>Importer &amp;cette feuille</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>&amp;Ligne d&apos;en-tête&#xa0;:</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>Which column holds what (proposed from the headers; change any of them):</source>
        <translation>Contenu de chaque colonne (proposé d&apos;après les en-têtes&#xa0;; vous pouvez tout modifier)&#xa0;:</translation>
    </message>
    <message>
        <source>Column for each field</source>
        <translation>Colonne pour chaque champ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Column in the sheet</source>
        <translation>Colonne dans la feuille</translation>
    </message>
    <message>
        <source>Other status &amp;words:</source>
        <translation>Autres &amp;mots de statut&#xa0;:</translation>
    </message>
    <message>
        <source>Other status words</source>
        <translation>Autres mots de statut</translation>
    </message>
    <message>
        <source>e.g.  Peut-être = developing; x = implemented; TBC = none</source>
        <translation>p. ex.  Peut-être = developing; x = implemented; À confirmer = none</translation>
    </message>
    <message>
        <source>Existing answers:</source>
        <translation>Réponses existantes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Fill only their empty fields</source>
        <translation>Compléter &amp;uniquement leurs champs vides</translation>
    </message>
    <message>
        <source>&amp;Replace what they hold</source>
        <translation>&amp;Remplacer leur contenu</translation>
    </message>
    <message>
        <source>Overwrites filled fields with the file&apos;s values; the preview counts them</source>
        <translation>Écrase les champs remplis avec les valeurs du fichier&#xa0;; l&apos;aperçu les dénombre</translation>
    </message>
    <message>
        <source>&amp;Keep them whole</source>
        <translation>Les conserver &amp;telles quelles</translation>
    </message>
    <message>
        <source>What the import changes</source>
        <translation>Ce que l&apos;importation modifie</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Status: before → after</source>
        <translation>Statut&#xa0;: avant → après</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>Champs modifiés</translation>
    </message>
    <message>
        <source>Cells and rows that cannot be read:</source>
        <translation>Cellules et lignes illisibles&#xa0;:</translation>
    </message>
    <message>
        <source>Cells and rows that cannot be read</source>
        <translation>Cellules et lignes illisibles</translation>
    </message>
    <message>
        <source>&amp;Skip what cannot be read and import the rest</source>
        <translation>I&amp;gnorer ce qui est illisible et importer le reste</translation>
    </message>
    <message>
        <source>How typed values were understood, and notes:</source>
        <translation>Interprétation des valeurs saisies, et remarques&#xa0;:</translation>
    </message>
    <message>
        <source>How typed values were understood, and notes</source>
        <translation>Interprétation des valeurs saisies, et remarques</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation>L&apos;importation est terminée.</translation>
    </message>
    <message>
        <source>A backup was taken just before: %1</source>
        <translation>Une copie de sauvegarde a été faite juste avant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Undo: restore the backup…</source>
        <translation>Annuler&#xa0;: restaurer la copie de sauvegarde…</translation>
    </message>
    <message>
        <source>New answers: %1</source>
        <translation>Nouvelles réponses&#xa0;: %1</translation>
    </message>
    <message>
        <source>Answers changed: %1</source>
        <translation>Réponses modifiées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Answers kept as they were: %1</source>
        <translation>Réponses laissées telles quelles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Report field values: %1</source>
        <translation>Valeurs de champs du rapport&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cells skipped: %1</source>
        <translation>Cellules ignorées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rows skipped: %1</source>
        <translation>Lignes ignorées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Agencies added to the profile: %1</source>
        <translation>Organismes ajoutés au profil&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>la langue du système</translation>
    </message>
    <message>
        <source>poa-desktop will speak %1 from its next start.</source>
        <translation>Langue de poa-desktop à partir du prochain démarrage&#xa0;: %1.</translation>
    </message>
    <message>
        <source>For now POA_DESKTOP_LANG=%1 is set, and wins over this choice.</source>
        <translation>Pour l&apos;instant, POA_DESKTOP_LANG=%1 est défini et l&apos;emporte sur ce choix.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>LawsTable</name>
    <message>
        <source>Title (original language)</source>
        <translation>Titre (langue originale)</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>Titre en anglais</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>What it provides</source>
        <translation>Ce qu’elle prévoit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>a declaration</source>
        <translation>une déclaration</translation>
    </message>
    <message>
        <source>a procedural paragraph</source>
        <translation>un paragraphe de procédure</translation>
    </message>
    <message>
        <source>This answer was saved when the commitment catalog counted %1 as a measure. Catalog %2 reads it as %3, which is not assessed: the answer is kept and shown here read-only, but it no longer counts in the progress or the report.</source>
        <translation>Cette réponse a été enregistrée lorsque le catalogue des engagements comptait %1 parmi les mesures. Dans le catalogue %2, c&apos;est %3, et un tel paragraphe n&apos;est pas évalué&#xa0;: la réponse est conservée et affichée ici en lecture seule, mais elle ne compte plus dans l&apos;avancement ni dans le rapport.</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>Pas encore de réponse</translation>
    </message>
    <message>
        <source>Last saved %1</source>
        <translation>Dernier enregistrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>%1 of %2 paragraphs match</source>
        <translation>%1 paragraphes sur %2 correspondent</translation>
    </message>
    <message>
        <source>Assessed %1 of %2 measures (%3%)</source>
        <translation>Mesures évaluées&#xa0;: %1 sur %2 (%3&#xa0;%)</translation>
    </message>
    <message>
        <source> (submitted for clearance)</source>
        <translation> (soumise pour validation)</translation>
    </message>
    <message>
        <source> (cleared)</source>
        <translation> (validée)</translation>
    </message>
    <message>
        <source>Working as %1</source>
        <translation>Vous travaillez en tant que %1</translation>
    </message>
    <message>
        <source>Working as</source>
        <translation>Travailler en tant que</translation>
    </message>
    <message>
        <source>Your name, as the history and the report should record your changes.
Leave it empty to work as the focal point of the State profile. The computer login is recorded beside it.</source>
        <translation>Votre nom, tel que l&apos;historique et le rapport doivent enregistrer vos modifications.
Laissez ce champ vide pour travailler en tant que point focal du profil de l&apos;État. L&apos;identifiant de session de l&apos;ordinateur est enregistré à côté.</translation>
    </message>
    <message>
        <source>To change them, reopen the assessment as a draft, saying why (Assessment → Clearance…).</source>
        <translation>Pour les modifier, rouvrez l&apos;évaluation comme brouillon, en indiquant pourquoi (Évaluation → Validation…).</translation>
    </message>
    <message>
        <source>Submitted for clearance: the answers cannot change.</source>
        <translation>Soumise pour validation&#xa0;: les réponses ne peuvent pas être modifiées.</translation>
    </message>
    <message>
        <source>Submitted for clearance on %1 by %2: the answers cannot change.</source>
        <translation>Soumise pour validation le %1 par %2&#xa0;: les réponses ne peuvent pas être modifiées.</translation>
    </message>
    <message>
        <source>Cleared (approved for release): the answers are frozen.</source>
        <translation>Validée (diffusion approuvée)&#xa0;: les réponses sont figées.</translation>
    </message>
    <message>
        <source>Cleared (approved for release) on %1 by %2: the answers are frozen.</source>
        <translation>Validée (diffusion approuvée) le %1 par %2&#xa0;: les réponses sont figées.</translation>
    </message>
    <message>
        <source>poa-desktop</source>
        <translation>poa-desktop</translation>
    </message>
    <message>
        <source>Search commitments and answers (Ctrl+F)</source>
        <translation>Rechercher dans les engagements et les réponses (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Filter by document</source>
        <translation>Filtrer par document</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Filter by theme</source>
        <translation>Filtrer par thème</translation>
    </message>
    <message>
        <source>Filter by addressees</source>
        <translation>Filtrer par destinataires</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Next &amp;unanswered</source>
        <translation>Suivant sa&amp;ns réponse</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Réponse</translation>
    </message>
    <message>
        <source>A&amp;ssessment</source>
        <translation>É&amp;valuation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nouvelle évaluation…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Import answers…</source>
        <translation>&amp;Importer des réponses…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Prepare agency workbook…</source>
        <translation>&amp;Préparer le classeur d&apos;un organisme…</translation>
    </message>
    <message>
        <source>&amp;Take back an agency&apos;s workbook…</source>
        <translation>Inté&amp;grer le classeur retourné par un organisme…</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Verify a report package…</source>
        <translation>&amp;Vérifier une archive de transmission…</translation>
    </message>
    <message>
        <source>Check that a submission package (.zip) is exactly as it was written</source>
        <translation>Vérifier qu&apos;une archive de transmission (.zip) est exactement telle qu&apos;elle a été produite</translation>
    </message>
    <message>
        <source>&amp;Analyse national reports…</source>
        <translation>&amp;Analyser des rapports nationaux…</translation>
    </message>
    <message>
        <source>Read many States&apos; national workbooks together: implementation by measure, State, theme and region, and assistance needed against offered</source>
        <translation>Lire ensemble les classeurs nationaux de nombreux États&#xa0;: mise en œuvre par mesure, par État, par thème et par région, et assistance nécessaire au regard de l&apos;assistance offerte</translation>
    </message>
    <message>
        <source>&amp;Reporting period and language…</source>
        <translation>Période considérée et &amp;langue…</translation>
    </message>
    <message>
        <source>Outcome &amp;documents…</source>
        <translation>&amp;Documents finals…</translation>
    </message>
    <message>
        <source>The outcome documents this assessment covers; add a newer outcome or a regional instrument</source>
        <translation>Les documents finals que couvre cette évaluation ; ajouter un document final plus récent ou un instrument régional</translation>
    </message>
    <message>
        <source>&amp;Working as…</source>
        <translation>&amp;Travailler en tant que…</translation>
    </message>
    <message>
        <source>Who the changes are recorded as (the focal point unless you say otherwise)</source>
        <translation>Nom sous lequel les modifications sont enregistrées (le point focal, sauf indication contraire)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Previous commitment</source>
        <translation>Engagement &amp;précédent</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>&amp;Next commitment</source>
        <translation>Engagement &amp;suivant</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Next &amp;unanswered measure</source>
        <translation>Mesure suivante sans &amp;réponse</translation>
    </message>
    <message>
        <source>The next measure without a status (Ctrl+U)</source>
        <translation>La mesure suivante sans statut (Ctrl+U)</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>What &amp;changed since an earlier cycle…</source>
        <translation>&amp;Changements depuis un cycle antérieur…</translation>
    </message>
    <message>
        <source>&amp;Confirm unchanged since the earlier cycle</source>
        <translation>&amp;Confirmer inchangée depuis le cycle antérieur</translation>
    </message>
    <message>
        <source>State &amp;profile and agencies…</source>
        <translation>&amp;Profil de l&apos;État et organismes…</translation>
    </message>
    <message>
        <source>&amp;Agencies and assignments…</source>
        <translation>&amp;Organismes et attributions…</translation>
    </message>
    <message>
        <source>&amp;Clearance…</source>
        <translation>&amp;Validation…</translation>
    </message>
    <message>
        <source>&amp;History of this answer…</source>
        <translation>&amp;Historique de cette réponse…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <source>Save a self-contained copy of the database, e.g. to hand it over</source>
        <translation>Enregistrer une copie autonome de la base de données, par exemple pour la transmettre</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer une copie de sauvegarde…</translation>
    </message>
    <message>
        <source>Read this paragraph in the &amp;source text</source>
        <translation>Lire ce paragraphe dans le texte &amp;source</translation>
    </message>
    <message>
        <source>Open the outcome document as bundled with the app, at this paragraph</source>
        <translation>Ouvrir le document final fourni avec l&apos;application, à ce paragraphe</translation>
    </message>
    <message>
        <source>Shift+F1</source>
        <translation>Shift+F1</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>How to use poa-desktop, step by step</source>
        <translation>Comment utiliser poa-desktop, pas à pas</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About poa-desktop</source>
        <translation>À &amp;propos de poa-desktop</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>The filter shows no measures. Clear the filter to see them all.</source>
        <translation>Le filtre n&apos;affiche aucune mesure. Effacez le filtre pour les voir toutes.</translation>
    </message>
    <message>
        <source>Every measure the filter shows has a status. Clear the filter to find the %1 still to assess.</source>
        <translation>Toutes les mesures affichées par le filtre ont un statut. Effacez le filtre pour trouver les mesures qui restent à évaluer (%1).</translation>
    </message>
    <message>
        <source>Every measure has a status.</source>
        <translation>Toutes les mesures ont un statut.</translation>
    </message>
    <message>
        <source>This is the last measure the filter shows (%1 of %2). Clear the filter to go on.</source>
        <translation>C&apos;est la dernière mesure affichée par le filtre (%1 sur %2). Effacez le filtre pour continuer.</translation>
    </message>
    <message>
        <source>This is the last measure (%1 of %2).</source>
        <translation>C&apos;est la dernière mesure (%1 sur %2).</translation>
    </message>
    <message>
        <source>This is the first measure the filter shows (%1 of %2). Clear the filter to go further back.</source>
        <translation>C&apos;est la première mesure affichée par le filtre (%1 sur %2). Effacez le filtre pour remonter plus loin.</translation>
    </message>
    <message>
        <source>This is the first measure (%1 of %2).</source>
        <translation>C&apos;est la première mesure (%1 sur %2).</translation>
    </message>
    <message>
        <source>This measure is the last one without a status.</source>
        <translation>Cette mesure est la dernière sans statut.</translation>
    </message>
    <message>
        <source>The short codes name the sections of each document:</source>
        <translation>Les codes abrégés désignent les sections de chaque document&#xa0;:</translation>
    </message>
</context>
<context>
    <name>NavigationModel</name>
    <message>
        <source>%1: shown for reference, not assessed (%2)</source>
        <translation>%1&#xa0;: affiché pour information, non évalué (%2)</translation>
    </message>
    <message>
        <source>a declaration</source>
        <translation>une déclaration</translation>
    </message>
    <message>
        <source>a procedural paragraph</source>
        <translation>un paragraphe de procédure</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Reporting period and report language</source>
        <translation>Période considérée et langue du rapport</translation>
    </message>
    <message>
        <source>The period the national report covers, as UNODA&apos;s template asks for it, and the language the report is written in unless you choose another when exporting.</source>
        <translation>La période couverte par le rapport national, telle que la demande le modèle du Bureau des affaires de désarmement, et la langue dans laquelle le rapport est rédigé, sauf si vous en choisissez une autre lors de l&apos;exportation.</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Premier jour&#xa0;:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>First day of the reporting period</source>
        <translation>Premier jour de la période considérée</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Dernier jour&#xa0;:</translation>
    </message>
    <message>
        <source>Last day of the reporting period</source>
        <translation>Dernier jour de la période considérée</translation>
    </message>
    <message>
        <source>Report lan&amp;guage:</source>
        <translation>&amp;Langue du rapport&#xa0;:</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Langue du rapport</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>ProgressTableModel</name>
    <message>
        <source>%1: %2 of %3 measures assessed</source>
        <translation>%1&#xa0;: %2 mesures évaluées sur %3</translation>
    </message>
    <message>
        <source>Share of the measures that have a status</source>
        <translation>Proportion des mesures qui ont un statut</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Évaluées</translation>
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
        <translation>&amp;Restaurer ces réponses</translation>
    </message>
    <message>
        <source>&amp;Save as a file…</source>
        <translation>&amp;Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Décider &amp;plus tard</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Rien n&apos;a été restauré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The answers were restored, but the recovery file could not be updated (%1): choose Discard, or they are offered again at the next start.</source>
        <translation>Les réponses ont été restaurées, mais le fichier de récupération n&apos;a pas pu être mis à jour (%1)&#xa0;: choisissez Supprimer, sinon elles vous seront proposées de nouveau au prochain démarrage.</translation>
    </message>
    <message>
        <source>%1 answer(s) restored. %2 could not be restored and stay in the recovery file:
%3</source>
        <translation>Réponses restaurées&#xa0;: %1. Réponses non restaurées, qui restent dans le fichier de récupération&#xa0;: %2
%3</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved to %1. The answers are still kept here until you restore or discard them.</source>
        <translation>Enregistré dans %1. Les réponses restent conservées ici jusqu&apos;à ce que vous les restauriez ou les supprimiez.</translation>
    </message>
    <message>
        <source>Save the kept answers as</source>
        <translation>Enregistrer les réponses conservées sous</translation>
    </message>
    <message>
        <source>Text (*.txt);;JSON (*.json)</source>
        <translation>Texte (*.txt);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Discard the kept answers?</source>
        <translation>Supprimer les réponses conservées&#xa0;?</translation>
    </message>
    <message>
        <source>What you typed in these answers will be lost for good. Save them as a file first if you may need them.</source>
        <translation>Ce que vous avez saisi dans ces réponses sera définitivement perdu. Enregistrez-les d&apos;abord dans un fichier si vous risquez d&apos;en avoir besoin.</translation>
    </message>
    <message>
        <source>poa-desktop could not save your last changes to the database
    %1
and kept them in the recovery file
    %2
Restore them into the database now, save them as a file to keep, or discard them.</source>
        <translation>poa-desktop n&apos;a pas pu enregistrer vos dernières modifications dans la base de données
    %1
et les a conservées dans le fichier de récupération
    %2
Restaurez-les maintenant dans la base de données, enregistrez-les dans un fichier à conserver, ou supprimez-les.</translation>
    </message>
    <message>
        <source>a recovery file</source>
        <translation>un fichier de récupération</translation>
    </message>
    <message>
        <source>Disk full</source>
        <translation>Disque plein</translation>
    </message>
    <message>
        <source>Could not write (read-only)</source>
        <translation>Écriture impossible (lecture seule)</translation>
    </message>
    <message>
        <source>Database file deleted or moved</source>
        <translation>Fichier de base de données supprimé ou déplacé</translation>
    </message>
    <message>
        <source>Database file damaged</source>
        <translation>Fichier de base de données endommagé</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>Answers that could not be saved</source>
        <translation>Réponses qui n&apos;ont pas pu être enregistrées</translation>
    </message>
    <message>
        <source>&amp;Kept answers:</source>
        <translation>Réponses &amp;conservées&#xa0;:</translation>
    </message>
    <message>
        <source>Kept answers</source>
        <translation>Réponses conservées</translation>
    </message>
    <message>
        <source>Each answer that could not be saved: its assessment, commitment, status, first words, when and why</source>
        <translation>Chaque réponse qui n&apos;a pas pu être enregistrée&#xa0;: son évaluation, son engagement, son statut, ses premiers mots, quand et pourquoi</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Mesures prises</translation>
    </message>
    <message>
        <source>Kept on</source>
        <translation>Conservée le</translation>
    </message>
    <message>
        <source>Why it was not saved</source>
        <translation>Cause de l&apos;échec</translation>
    </message>
    <message>
        <source>Restoring saves each answer as a new version. If an answer was changed since, what it said before stays in its history (the History… button) and can be restored from there.</source>
        <translation>La restauration enregistre chaque réponse comme une nouvelle version. Si une réponse a été modifiée depuis, son contenu précédent reste dans son historique (bouton Historique…) et peut être restauré à partir de là.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Annex A. Assistance needed and offered</source>
        <translation>Annexe A. Assistance nécessaire et assistance offerte</translation>
    </message>
    <message>
        <source>A.1 Assistance needed</source>
        <translation>A.1 Assistance nécessaire</translation>
    </message>
    <message>
        <source>A.2 Assistance offered</source>
        <translation>A.2 Assistance offerte</translation>
    </message>
    <message>
        <source>Annex B. Laws and regulations cited</source>
        <translation>Annexe B. Lois et règlements cités</translation>
    </message>
    <message>
        <source>Annex C. Contacts</source>
        <translation>Annexe C. Contacts</translation>
    </message>
    <message>
        <source>C.1 National focal point</source>
        <translation>C.1 Point focal national</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>C.2 Contributing agencies</source>
        <translation>C.2 Organismes contributeurs</translation>
    </message>
    <message>
        <source>C.3 Other contacts</source>
        <translation>C.3 Autres contacts</translation>
    </message>
    <message>
        <source>Annex D. Items open at clearance</source>
        <translation>Annexe D. Points en suspens lors de la validation</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Open item</source>
        <translation>Point en suspens</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Status before</source>
        <translation>Statut antérieur</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>Statut actuel</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>No laws or regulations are cited.</source>
        <translation>Aucune loi ni aucun règlement n&apos;est cité.</translation>
    </message>
    <message>
        <source>Annex E. What changed since %1</source>
        <translation>Annexe E. Changements depuis %1</translation>
    </message>
    <message>
        <source>No assistance needs are recorded.</source>
        <translation>Aucun besoin d&apos;assistance n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>No offers of assistance are recorded.</source>
        <translation>Aucune offre d&apos;assistance n&apos;est enregistrée.</translation>
    </message>
    <message>
        <source>Law or regulation</source>
        <translation>Loi ou règlement</translation>
    </message>
    <message>
        <source>Cited under</source>
        <translation>Cité au titre de</translation>
    </message>
    <message>
        <source>No agencies are recorded.</source>
        <translation>Aucun organisme n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>No other contacts are recorded.</source>
        <translation>Aucun autre contact n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Types</translation>
    </message>
    <message>
        <source>Assistance needed</source>
        <translation>Assistance nécessaire</translation>
    </message>
    <message>
        <source>National target</source>
        <translation>Objectif national</translation>
    </message>
    <message>
        <source>Assistance offered</source>
        <translation>Assistance offerte</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne à contacter</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>D&apos;ici au %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>All measures</source>
        <translation>Toutes les mesures</translation>
    </message>
    <message>
        <source>Annex F. Evidence files</source>
        <translation>Annexe F. Pièces justificatives</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>%1 (cont.)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>National report of %1 on the implementation of the Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects and the International Tracing Instrument</source>
        <translation>Rapport national (%1) sur la mise en œuvre du Programme d&apos;action en vue de prévenir, combattre et éliminer le commerce illicite des armes légères sous tous ses aspects et de l&apos;Instrument international visant à permettre aux États de procéder à l&apos;identification et au traçage rapides et fiables des armes légères et de petit calibre illicites</translation>
    </message>
    <message>
        <source>1. Summary</source>
        <translation>1. Résumé</translation>
    </message>
    <message>
        <source>Status of the measures</source>
        <translation>Statut des mesures</translation>
    </message>
    <message>
        <source>Draft, not cleared</source>
        <translation>Brouillon, non validé</translation>
    </message>
    <message>
        <source>Submitted for clearance, not yet cleared</source>
        <translation>Soumis pour validation, pas encore validé</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non précisée</translation>
    </message>
    <message>
        <source>Prepared with poa-desktop %1 (commitment catalog %2). The text of each commitment is quoted verbatim from the outcome documents.</source>
        <translation>Établi avec poa-desktop %1 (catalogue des engagements %2). Le texte de chaque engagement est cité textuellement d&apos;après les documents finals.</translation>
    </message>
    <message>
        <source>The commitments are quoted in English, the language of the outcome documents held by this application.</source>
        <translation>Les engagements sont cités en anglais, langue des documents finals que contient cette application.</translation>
    </message>
    <message>
        <source>Cleared by %1 on %2</source>
        <translation>Validé par %1 le %2</translation>
    </message>
    <message>
        <source>Cleared by %1</source>
        <translation>Validé par %1</translation>
    </message>
    <message>
        <source>Cleared on %1</source>
        <translation>Validé le %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>À partir du %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Reporting cycle</source>
        <translation>Cycle de rapport</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Période considérée</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Outcome documents</source>
        <translation>Documents finals</translation>
    </message>
    <message>
        <source>National focal point</source>
        <translation>Point focal national</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Non désigné</translation>
    </message>
    <message>
        <source>Voluntary national report to the United Nations Office for Disarmament Affairs</source>
        <translation>Rapport national volontaire présenté au Bureau des affaires de désarmement de l&apos;Organisation des Nations Unies</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Table des matières</translation>
    </message>
    <message>
        <source>Figure 1. Measures by status, for each section of the outcome documents. Each status has its own fill pattern as well as its own colour.</source>
        <translation>Figure 1. Mesures par statut, pour chaque section des documents finals. Chaque statut a son propre motif de remplissage en plus de sa propre couleur.</translation>
    </message>
    <message>
        <source>Table 1. Measures by status, for each outcome document and section.</source>
        <translation>Tableau 1. Mesures par statut, pour chaque document final et chaque section.</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>BROUILLON</translation>
    </message>
    <message>
        <source>National report on the PoA and the ITI</source>
        <translation>Rapport national – Programme d&apos;action et Instrument international de traçage</translation>
    </message>
    <message>
        <source>Generated %1 · %2</source>
        <translation>Généré le %1 · %2</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Généré le %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Voluntary national report, %1</source>
        <translation>Rapport national volontaire, %1</translation>
    </message>
    <message>
        <source>No measure of this document has been assessed yet.</source>
        <translation>Aucune mesure de ce document n&apos;a encore été évaluée.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>The declaratory paragraphs (%1) and the procedural paragraphs (%2) are not assessed and are not reproduced here; this section covers the measures only.</source>
        <translation>Les paragraphes déclaratoires (%1) et les paragraphes de procédure (%2) ne sont pas évalués et ne sont pas reproduits ici&#xa0;; la présente section ne porte que sur les mesures.</translation>
    </message>
    <message>
        <source>The declaratory paragraphs (%1) are not assessed and are not reproduced here; this section covers the measures only.</source>
        <translation>Les paragraphes déclaratoires (%1) ne sont pas évalués et ne sont pas reproduits ici&#xa0;; la présente section ne porte que sur les mesures.</translation>
    </message>
    <message>
        <source>The procedural paragraphs (%1) are not assessed and are not reproduced here; this section covers the measures only.</source>
        <translation>Les paragraphes de procédure (%1) ne sont pas évalués et ne sont pas reproduits ici&#xa0;; la présente section ne porte que sur les mesures.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>The report was cleared by %1 on %2.</source>
        <translation>Le rapport a été validé par %1 le %2.</translation>
    </message>
    <message>
        <source>%n item of the clearance checklist was still open; it is listed here as recorded at clearance.|%n items of the clearance checklist were still open; they are listed here as recorded at clearance.</source>
        <translation>%n point de la liste de contrôle de la validation était encore en suspens&#xa0;; il figure ici tel qu&apos;il a été consigné au moment de la validation.|%n de points de la liste de contrôle de la validation étaient encore en suspens&#xa0;; ils figurent ici tels qu&apos;ils ont été consignés au moment de la validation.|%n points de la liste de contrôle de la validation étaient encore en suspens&#xa0;; ils figurent ici tels qu&apos;ils ont été consignés au moment de la validation.</translation>
    </message>
    <message>
        <source>%n law or regulation is cited in the answers, listed with the commitments under which it is cited.|%n laws and regulations are cited in the answers, each listed once with the commitments under which it is cited.</source>
        <translation>%n loi ou règlement est cité dans les réponses&#xa0;; il figure avec les engagements au titre desquels il est cité.|%n de lois et règlements sont cités dans les réponses&#xa0;; chacun figure une seule fois, avec les engagements au titre desquels il est cité.|%n lois et règlements sont cités dans les réponses&#xa0;; chacun figure une seule fois, avec les engagements au titre desquels il est cité.</translation>
    </message>
    <message>
        <source>The report was cleared by %1.</source>
        <translation>Le rapport a été validé par %1.</translation>
    </message>
    <message>
        <source>%n measure whose status or text differs between the %1 and %2 assessments.|%n measures whose status or text differ between the %1 and %2 assessments.</source>
        <translation>%n mesure dont le statut ou le texte diffère entre les évaluations %1 et %2.|%n de mesures dont le statut ou le texte diffère entre les évaluations %1 et %2.|%n mesures dont le statut ou le texte diffère entre les évaluations %1 et %2.</translation>
    </message>
    <message>
        <source>The report was cleared on %1.</source>
        <translation>Le rapport a été validé le %1.</translation>
    </message>
    <message>
        <source>The report was cleared.</source>
        <translation>Le rapport a été validé.</translation>
    </message>
    <message>
        <source>%n file supports the answers. It is identified by its SHA-256 digest, which the submission package&apos;s manifest repeats, so a copy can be checked.|%n files support the answers. Each is identified by its SHA-256 digest, which the submission package&apos;s manifest repeats, so a copy can be checked.</source>
        <translation>%n fichier étaye les réponses. Il est identifié par son empreinte SHA-256, que reprend le manifeste de l&apos;archive de transmission, ce qui permet de vérifier une copie.|%n de fichiers étayent les réponses. Chacun est identifié par son empreinte SHA-256, que reprend le manifeste de l&apos;archive de transmission, ce qui permet de vérifier une copie.|%n fichiers étayent les réponses. Chacun est identifié par son empreinte SHA-256, que reprend le manifeste de l&apos;archive de transmission, ce qui permet de vérifier une copie.</translation>
    </message>
    <message>
        <source>Transmitted by (name and title)</source>
        <translation>Transmis par (nom et fonction)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>%1 has assessed %2 of the %3 measures that the outcome documents ask States to take: %4; %5 are not yet assessed.</source>
        <translation>L&apos;État (%1) a évalué %2 des %3 mesures que les documents finals demandent aux États de prendre&#xa0;: %4&#xa0;; mesures pas encore évaluées&#xa0;: %5.</translation>
    </message>
    <message>
        <source>%1 has assessed %2 of the %3 measures that the outcome documents ask States to take: %4.</source>
        <translation>L&apos;État (%1) a évalué %2 des %3 mesures que les documents finals demandent aux États de prendre&#xa0;: %4.</translation>
    </message>
    <message>
        <source>For transmission</source>
        <translation>Pour transmission</translation>
    </message>
    <message>
        <source>Assistance is needed for %n measure. By kind: %1. Annex A gives the text of the commitment and the assistance offered.|Assistance is needed for %n measures. By kind: %1. Annex A gives the text of each commitment and the assistance offered.</source>
        <translation>Une assistance est nécessaire pour %n mesure. Par type&#xa0;: %1. L&apos;annexe A donne le texte de l&apos;engagement et l&apos;assistance offerte.|Une assistance est nécessaire pour %n de mesures. Par type&#xa0;: %1. L&apos;annexe A donne le texte de chaque engagement et l&apos;assistance offerte.|Une assistance est nécessaire pour %n mesures. Par type&#xa0;: %1. L&apos;annexe A donne le texte de chaque engagement et l&apos;assistance offerte.</translation>
    </message>
    <message>
        <source>Laws by area</source>
        <translation>Lois par domaine</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>National data</source>
        <translation>Données nationales</translation>
    </message>
    <message>
        <source>Concerns %1.</source>
        <translation>Engagements concernés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Figures and facts the State reports once for the whole report; each measure they concern refers here.</source>
        <translation>Chiffres et informations que l&apos;État communique une seule fois pour l&apos;ensemble du rapport&#xa0;; chaque mesure concernée renvoie ici.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Donnée</translation>
    </message>
    <message>
        <source>No national data has been entered.</source>
        <translation>Aucune donnée nationale n&apos;a été saisie.</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 sur %2 (%3)</translation>
    </message>
    <message>
        <source>Proportion: %1</source>
        <translation>Proportion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Yes. &lt;i&gt;Kinds:&lt;/i&gt; %1.</source>
        <translation>Oui. &lt;i&gt;Types&#xa0;:&lt;/i&gt; %1.</translation>
    </message>
    <message>
        <source>Yes.</source>
        <translation>Oui.</translation>
    </message>
    <message>
        <source>See National data: %1.</source>
        <translation>Voir «&#xa0;Données nationales&#xa0;»&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Report data</source>
        <translation>Données du rapport</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;Target date:&lt;/i&gt; %1</source>
        <translation>&lt;i&gt;Date cible&#xa0;:&lt;/i&gt; %1</translation>
    </message>
    <message>
        <source>No longer current: %1</source>
        <translation>N&apos;est plus d&apos;actualité&#xa0;: %1</translation>
    </message>
    <message>
        <source>The measures in the order of UNODA’s reporting template</source>
        <translation>Les mesures dans l&apos;ordre du modèle de rapport du Bureau des affaires de désarmement</translation>
    </message>
    <message>
        <source>Each measure of the outcome documents is placed under one section of the template, with its citation; the answers are those of the rest of the report.</source>
        <translation>Chaque mesure des documents finals est classée sous une section du modèle, avec sa référence&#xa0;; les réponses sont celles du reste du rapport.</translation>
    </message>
    <message>
        <source>No measure of this section is shown.</source>
        <translation>Aucune mesure de cette section n&apos;est présentée.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Report fields</source>
        <translation>Champs du rapport</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Changes since {cycle}</source>
        <translation>Évolution depuis {cycle}</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pièces justificatives</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Point focal</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Format: {column}</source>
        <translation>Format&#xa0;: {column}</translation>
    </message>
    <message>
        <source>Template answer</source>
        <translation>Réponse selon le modèle</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Code de statut</translation>
    </message>
    <message>
        <source>Workbook format</source>
        <translation>Format du classeur</translation>
    </message>
    <message>
        <source>Application version</source>
        <translation>Version de l&apos;application</translation>
    </message>
    <message>
        <source>Catalog version</source>
        <translation>Version du catalogue</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>Code ISO</translation>
    </message>
    <message>
        <source>Reporting period start</source>
        <translation>Début de la période considérée</translation>
    </message>
    <message>
        <source>Reporting period end</source>
        <translation>Fin de la période considérée</translation>
    </message>
    <message>
        <source>Assessment status</source>
        <translation>Statut de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <source>Exported at (UTC)</source>
        <translation>Date et heure d&apos;exportation (UTC)</translation>
    </message>
    <message>
        <source>Answers SHA-256</source>
        <translation>SHA-256 des réponses</translation>
    </message>
    <message>
        <source>Measures assessed</source>
        <translation>Mesures évaluées</translation>
    </message>
    <message>
        <source>Commitment ID</source>
        <translation>Identifiant de l&apos;engagement</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Changed after export</source>
        <translation>Modifié après l&apos;exportation</translation>
    </message>
    <message>
        <source>Not a readable national workbook</source>
        <translation>N&apos;est pas un classeur national lisible</translation>
    </message>
    <message>
        <source>African</source>
        <translation>Afrique</translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation>Asie-Pacifique</translation>
    </message>
    <message>
        <source>Eastern European</source>
        <translation>Europe orientale</translation>
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
        <translation>Groupe des États d&apos;Afrique</translation>
    </message>
    <message>
        <source>Asia-Pacific Group</source>
        <translation>Groupe des États d&apos;Asie et du Pacifique</translation>
    </message>
    <message>
        <source>Eastern European Group</source>
        <translation>Groupe des États d&apos;Europe orientale</translation>
    </message>
    <message>
        <source>Latin American and Caribbean Group (GRULAC)</source>
        <translation>Groupe des États d&apos;Amérique latine et des Caraïbes (GRULAC)</translation>
    </message>
    <message>
        <source>Western European and others Group (WEOG)</source>
        <translation>Groupe des États d&apos;Europe occidentale et autres États (WEOG)</translation>
    </message>
    <message>
        <source>No UN regional group</source>
        <translation>Sans groupe régional de l&apos;ONU</translation>
    </message>
    <message>
        <source>By measure</source>
        <translation>Par mesure</translation>
    </message>
    <message>
        <source>By State</source>
        <translation>Par État</translation>
    </message>
    <message>
        <source>By theme and region</source>
        <translation>Par thème et par région</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>States reporting</source>
        <translation>États ayant présenté un rapport</translation>
    </message>
    <message>
        <source>UN regional group</source>
        <translation>Groupe régional de l&apos;ONU</translation>
    </message>
    <message>
        <source>Theme ID</source>
        <translation>Identifiant du thème</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Kinds named in the offer</source>
        <translation>Types indiqués dans l&apos;offre</translation>
    </message>
    <message>
        <source>Offered on the same measure by</source>
        <translation>Offerte pour la même mesure par</translation>
    </message>
    <message>
        <source>Offered on a measure of the same theme by</source>
        <translation>Offerte pour une mesure du même thème par</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Pris en compte</translation>
    </message>
    <message>
        <source>Not counted: the same State and cycle again</source>
        <translation>Non pris en compte&#xa0;: même État et même cycle qu&apos;un autre fichier</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Non utilisé</translation>
    </message>
    <message>
        <source>Kind not said</source>
        <translation>Type non précisé</translation>
    </message>
    <message>
        <source>National reports on the PoA and ITI: analysis</source>
        <translation>Rapports nationaux sur le Programme d&apos;action et l&apos;Instrument international de traçage&#xa0;: analyse</translation>
    </message>
    <message>
        <source>Implementation by document section</source>
        <translation>Mise en œuvre par section du document</translation>
    </message>
    <message>
        <source>Implementation by UN regional group</source>
        <translation>Mise en œuvre par groupe régional de l&apos;ONU</translation>
    </message>
    <message>
        <source>The least implemented measures</source>
        <translation>Les mesures les moins mises en œuvre</translation>
    </message>
    <message>
        <source>The measures the fewest States implement, as a share of the States that gave them a status other than Not applicable.</source>
        <translation>Les mesures mises en œuvre par la plus faible proportion d&apos;États, calculée sur les États qui leur ont attribué un statut autre que «&#xa0;Sans objet&#xa0;».</translation>
    </message>
    <message>
        <source>Assistance: needs and offers</source>
        <translation>Assistance&#xa0;: besoins et offres</translation>
    </message>
    <message>
        <source>A need is met on the same measure when another State offers assistance on that measure, on the same theme when it offers assistance on a measure sharing one of its themes; an offer that names no kind of assistance is taken to offer any.</source>
        <translation>Un besoin est satisfait pour la même mesure lorsqu&apos;un autre État offre une assistance pour cette mesure, et pour le même thème lorsqu&apos;il offre une assistance pour une mesure ayant au moins un thème en commun avec elle&#xa0;; une offre qui n&apos;indique aucun type d&apos;assistance est réputée les couvrir tous.</translation>
    </message>
    <message>
        <source>By kind of assistance</source>
        <translation>Par type d&apos;assistance</translation>
    </message>
    <message>
        <source>By theme</source>
        <translation>Par thème</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>States needing</source>
        <translation>États ayant besoin d&apos;assistance</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>States offering</source>
        <translation>États offrant une assistance</translation>
    </message>
    <message>
        <source>Met on the same measure</source>
        <translation>Satisfaits pour la même mesure</translation>
    </message>
    <message>
        <source>Met on the measure or theme</source>
        <translation>Satisfaits pour la mesure ou le thème</translation>
    </message>
    <message>
        <source>Implemented (share)</source>
        <translation>Mis en œuvre (proportion)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Kind of assistance</source>
        <translation>Type d&apos;assistance</translation>
    </message>
    <message>
        <source>Files not counted</source>
        <translation>Fichiers non pris en compte</translation>
    </message>
    <message>
        <source>National reports counted: %1, of %2 States, from %3 files read. Cycles: %4. Catalog version: %5.</source>
        <translation>Rapports nationaux pris en compte&#xa0;: %1 (États&#xa0;: %2&#xa0;; fichiers lus&#xa0;: %3). Cycles&#xa0;: %4. Version du catalogue&#xa0;: %5.</translation>
    </message>
    <message>
        <source>Files not counted: %1. They are listed at the end, with the reason.</source>
        <translation>Fichiers non pris en compte&#xa0;: %1. Ils sont énumérés à la fin, avec le motif.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Commitment text</source>
        <translation>Texte de l&apos;engagement</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Field ID</source>
        <translation>Identifiant du champ</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom abrégé</translation>
    </message>
    <message>
        <source>Title or role</source>
        <translation>Fonction ou rôle</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>Champs modifiés</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type de fichier</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Taille (octets)</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added (UTC)</source>
        <translation>Date et heure d&apos;ajout (UTC)</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ajouté par</translation>
    </message>
    <message>
        <source>Stable id of the paragraph (BMS8-29, RC3-II-21); the key of each row.</source>
        <translation>Identifiant stable du paragraphe (BMS8-29, RC3-II-21)&#xa0;; c&apos;est la clé de chaque ligne.</translation>
    </message>
    <message>
        <source>{statuses}, or empty: not assessed.</source>
        <translation>{statuses}, ou vide&#xa0;: non évalué.</translation>
    </message>
    <message>
        <source>The status in the words of UNODA&apos;s national report template: {template}; empty: not assessed. Written by the application from the Status column.</source>
        <translation>Le statut dans les termes du modèle de rapport national du Bureau des affaires de désarmement&#xa0;: {template}&#xa0;; vide&#xa0;: non évalué. Rempli par l&apos;application à partir de la colonne «&#xa0;Statut&#xa0;».</translation>
    </message>
    <message>
        <source>The status as a code, the same in every language: implemented, developing, not_implemented, not_applicable; empty: not assessed. Written by the application; when the workbook comes back, the Status column is what counts.</source>
        <translation>Le statut sous forme de code, identique dans toutes les langues&#xa0;: implemented, developing, not_implemented, not_applicable&#xa0;; vide&#xa0;: non évalué. Rempli par l&apos;application&#xa0;; lorsque le classeur est réimporté, c&apos;est la colonne «&#xa0;Statut&#xa0;» qui fait foi.</translation>
    </message>
    <message>
        <source>One law per line: original title | English title | year | link | area | what it provides; the area is one of {areas}. Inside a value write \| for a vertical bar, \\ for a backslash, \n for a line break.</source>
        <translation>Une loi par ligne&#xa0;: titre original | titre en anglais | année | lien | domaine | ce qu’elle prévoit&#xa0;; le domaine est l’un des suivants&#xa0;: {areas}. Dans une valeur, écrivez \| pour une barre verticale, \\ pour une barre oblique inverse, \n pour un saut de ligne.</translation>
    </message>
    <message>
        <source>One agency per line.</source>
        <translation>Un organisme par ligne.</translation>
    </message>
    <message>
        <source>{yes} or {no}.</source>
        <translation>{yes} ou {no}.</translation>
    </message>
    <message>
        <source>Any of {kinds}; separated by commas.</source>
        <translation>Un ou plusieurs des types suivants&#xa0;: {kinds}&#xa0;; séparés par des virgules.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD.</source>
        <translation>YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>When the answer was last saved, ISO 8601 in UTC (YYYY-MM-DDTHH:MM:SSZ).</source>
        <translation>Date et heure du dernier enregistrement de la réponse, au format ISO 8601, en UTC (YYYY-MM-DDTHH:MM:SSZ).</translation>
    </message>
    <message>
        <source>Where the answer came from: {sources}.</source>
        <translation>Origine de la réponse&#xa0;: {sources}.</translation>
    </message>
    <message>
        <source>One row per commitment and field; a field repeats under each commitment.</source>
        <translation>Une ligne par engagement et par champ&#xa0;; un même champ se répète sous chaque engagement.</translation>
    </message>
    <message>
        <source>SHA-256 of the answers&apos; content as canonical JSON, by commitment id.</source>
        <translation>SHA-256 du contenu des réponses en JSON canonique, par identifiant d&apos;engagement.</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protection</translation>
    </message>
    <message>
        <source>Ids and texts are locked, answers editable. No password: Review &gt; Unprotect Sheet.</source>
        <translation>Identifiants et textes verrouillés, réponses modifiables. Sans mot de passe&#xa0;: «&#xa0;Révision &gt; Ôter la protection de la feuille&#xa0;».</translation>
    </message>
    <message>
        <source>Voluntary national report to UNODA</source>
        <translation>Rapport national volontaire présenté au Bureau des affaires de désarmement</translation>
    </message>
    <message>
        <source>Yes or No</source>
        <translation>Oui ou Non</translation>
    </message>
    <message>
        <source>{state}: national report on the PoA and ITI, {cycle}</source>
        <translation>{state}&#xa0;: rapport national sur le Programme d&apos;action et l&apos;Instrument international de traçage, {cycle}</translation>
    </message>
    <message>
        <source>Choose one of: {values}; or leave the cell empty.</source>
        <translation>Choisissez l&apos;une des valeurs suivantes&#xa0;: {values}&#xa0;; ou laissez la cellule vide.</translation>
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
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>%1 measures and %2 paragraphs shown for reference</source>
        <translation>%1 mesures et %2 paragraphes affichés pour information</translation>
    </message>
    <message>
        <source>%1 measures</source>
        <translation>%1 mesures</translation>
    </message>
    <message>
        <source>%1 paragraphs shown for reference, none assessed</source>
        <translation>%1 paragraphes affichés pour information, aucun n&apos;est évalué</translation>
    </message>
    <message>
        <source>%1 is the outcome document %2 (%3)</source>
        <translation>%1 désigne le document final %2 (%3)</translation>
    </message>
    <message>
        <source>Section %1 of the %2 outcome (%3): %4</source>
        <translation>Section %1 du document final %2 (%3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>The %1 of the %2 outcome (%3): %4</source>
        <translation>%1 du document final %2 (%3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
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
        <translation>Section</translation>
    </message>
    <message>
        <source>&amp;Paragraphs (Enter opens one):</source>
        <translation>&amp;Paragraphes (Entrée pour en ouvrir un)&#xa0;:</translation>
    </message>
    <message>
        <source>Paragraphs under this heading</source>
        <translation>Paragraphes sous cette rubrique</translation>
    </message>
    <message>
        <source>What the short code of the progress figures means</source>
        <translation>Signification du code abrégé des chiffres d&apos;avancement</translation>
    </message>
    <message>
        <source>%1 of %2 measures assessed (%3)</source>
        <translation>%1 mesures évaluées sur %2 (%3)</translation>
    </message>
    <message>
        <source>No measure to assess here: the paragraphs are shown for reference.</source>
        <translation>Aucune mesure à évaluer ici&#xa0;: les paragraphes sont affichés pour information.</translation>
    </message>
    <message>
        <source>shown for reference, not assessed</source>
        <translation>affiché pour information, non évalué</translation>
    </message>
</context>
<context>
    <name>SourceViewer</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1 — source text</source>
        <translation>%1 — texte source</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>Document source</translation>
    </message>
    <message>
        <source>Which document this is</source>
        <translation>Document affiché</translation>
    </message>
    <message>
        <source>&amp;Find in the text:</source>
        <translation>&amp;Rechercher dans le texte&#xa0;:</translation>
    </message>
    <message>
        <source>Find in the text</source>
        <translation>Rechercher dans le texte</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <source>Text of the outcome document</source>
        <translation>Texte du document final</translation>
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
        <translation>Rien à afficher pour l&apos;instant</translation>
    </message>
    <message>
        <source>Share of measures by status</source>
        <translation>Proportion des mesures par statut</translation>
    </message>
    <message>
        <source>%1: %2 of %3 measures %4 (%5%)</source>
        <translation>%1&#xa0;: %2 mesures sur %3 au statut «&#xa0;%4&#xa0;» (%5&#xa0;%)</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <source>Implemented</source>
        <translation>Mis en œuvre</translation>
    </message>
    <message>
        <source>Developing</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>Non mis en œuvre</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>Pas encore évalué</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Mesures prises</translation>
    </message>
    <message>
        <source>Laws and regulations</source>
        <translation>Lois et règlements</translation>
    </message>
    <message>
        <source>Responsible agencies</source>
        <translation>Organismes responsables</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Difficultés</translation>
    </message>
    <message>
        <source>Assistance needed</source>
        <translation>Assistance nécessaire</translation>
    </message>
    <message>
        <source>Assistance kinds</source>
        <translation>Types d&apos;assistance</translation>
    </message>
    <message>
        <source>Assistance description</source>
        <translation>Description de l&apos;assistance</translation>
    </message>
    <message>
        <source>Assistance offered</source>
        <translation>Assistance offerte</translation>
    </message>
    <message>
        <source>National target</source>
        <translation>Objectif national</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date cible</translation>
    </message>
    <message>
        <source>Paragraph reference</source>
        <translation>Référence du paragraphe</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Avant une importation</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>Before removing an evidence file</source>
        <translation>Avant la suppression d&apos;une pièce justificative</translation>
    </message>
    <message>
        <source>Taken on request</source>
        <translation>Faite à la demande</translation>
    </message>
    <message>
        <source>The damaged file, kept aside (not a backup)</source>
        <translation>Le fichier endommagé, mis de côté (pas une copie de sauvegarde)</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>saisie</translation>
    </message>
    <message>
        <source>carried forward</source>
        <translation>reportée</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importée</translation>
    </message>
    <message>
        <source>contributed</source>
        <translation>fournie par un organisme</translation>
    </message>
    <message>
        <source>All measures</source>
        <translation>Toutes les mesures</translation>
    </message>
    <message>
        <source>National coordination</source>
        <translation>Coordination nationale</translation>
    </message>
    <message>
        <source>Stockpile management</source>
        <translation>Gestion des stocks</translation>
    </message>
    <message>
        <source>Disposal and destruction</source>
        <translation>Élimination et destruction</translation>
    </message>
    <message>
        <source>Transfer controls</source>
        <translation>Contrôle des transferts</translation>
    </message>
    <message>
        <source>Diversion</source>
        <translation>Détournement</translation>
    </message>
    <message>
        <source>Brokering</source>
        <translation>Courtage</translation>
    </message>
    <message>
        <source>Production and manufacture</source>
        <translation>Production et fabrication</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Transit and trans-shipment</source>
        <translation>Transit et transbordement</translation>
    </message>
    <message>
        <source>Retransfer</source>
        <translation>Retransfert</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Marquage</translation>
    </message>
    <message>
        <source>Record-keeping</source>
        <translation>Tenue de registres</translation>
    </message>
    <message>
        <source>Possession and use</source>
        <translation>Détention et usage</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Tracing</source>
        <translation>Traçage</translation>
    </message>
    <message>
        <source>Manufacturing and new technologies</source>
        <translation>Fabrication et nouvelles technologies</translation>
    </message>
    <message>
        <source>Deactivation and conversion</source>
        <translation>Neutralisation et conversion</translation>
    </message>
    <message>
        <source>Online trade</source>
        <translation>Commerce en ligne</translation>
    </message>
    <message>
        <source>Border and customs</source>
        <translation>Frontières et douanes</translation>
    </message>
    <message>
        <source>Conflict and post-conflict</source>
        <translation>Situations de conflit et d&apos;après conflit</translation>
    </message>
    <message>
        <source>Arms embargoes</source>
        <translation>Embargos sur les armes</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Questions de genre</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Jeunes</translation>
    </message>
    <message>
        <source>SDG 16.4</source>
        <translation>ODD 16.4</translation>
    </message>
    <message>
        <source>Cooperation and assistance</source>
        <translation>Coopération et assistance</translation>
    </message>
    <message>
        <source>Information exchange</source>
        <translation>Échange d&apos;informations</translation>
    </message>
    <message>
        <source>Reporting and transparency</source>
        <translation>Établissement de rapports et transparence</translation>
    </message>
    <message>
        <source>Regional cooperation</source>
        <translation>Coopération régionale</translation>
    </message>
    <message>
        <source>Terrorism and crime</source>
        <translation>Terrorisme et criminalité</translation>
    </message>
    <message>
        <source>Ammunition</source>
        <translation>Munitions</translation>
    </message>
    <message>
        <source>Civil society and industry</source>
        <translation>Société civile et industrie</translation>
    </message>
    <message>
        <source>Culture of peace</source>
        <translation>Culture de paix</translation>
    </message>
    <message>
        <source>Follow-up and meetings</source>
        <translation>Suivi et réunions</translation>
    </message>
    <message>
        <source>All States</source>
        <translation>Tous les États</translation>
    </message>
    <message>
        <source>States in a position to do so</source>
        <translation>États qui sont en mesure de le faire</translation>
    </message>
    <message>
        <source>States requesting or receiving assistance</source>
        <translation>États qui demandent ou reçoivent une assistance</translation>
    </message>
    <message>
        <source>States emerging from or affected by conflict</source>
        <translation>États sortant d&apos;un conflit ou touchés par un conflit</translation>
    </message>
    <message>
        <source>States applying the Programme of Action to ammunition</source>
        <translation>États appliquant le Programme d&apos;action aux munitions</translation>
    </message>
    <message>
        <source>Regional and subregional organizations</source>
        <translation>Organisations régionales et sous-régionales</translation>
    </message>
    <message>
        <source>International organizations</source>
        <translation>Organisations internationales</translation>
    </message>
    <message>
        <source>United Nations Secretariat</source>
        <translation>Secrétariat de l&apos;Organisation des Nations Unies</translation>
    </message>
    <message>
        <source>Security Council and mandating bodies</source>
        <translation>Conseil de sécurité et organes délivrant des mandats</translation>
    </message>
    <message>
        <source>Industry and the private sector</source>
        <translation>Industrie et secteur privé</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Société civile</translation>
    </message>
    <message>
        <source>The meeting of States</source>
        <translation>La réunion des États</translation>
    </message>
    <message>
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <source>Regional and subregional</source>
        <translation>Régional et sous-régional</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Mondial</translation>
    </message>
    <message>
        <source>International (between States and with organizations)</source>
        <translation>International (entre États et avec les organisations)</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Financière</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Juridique</translation>
    </message>
    <message>
        <source>Manufacture and marking</source>
        <translation>Fabrication et marquage</translation>
    </message>
    <message>
        <source>Stockpile management and surplus</source>
        <translation>Gestion des stocks et excédents</translation>
    </message>
    <message>
        <source>Transfer controls and brokering</source>
        <translation>Contrôle des transferts et courtage</translation>
    </message>
    <message>
        <source>International cooperation and assistance</source>
        <translation>Coopération et assistance internationales</translation>
    </message>
    <message>
        <source>SDG 16.4.2</source>
        <translation>ODD 16.4.2</translation>
    </message>
    <message>
        <source>Other commitments</source>
        <translation>Autres engagements</translation>
    </message>
    <message>
        <source>SDG indicator 16.4.2: seized, found or surrendered arms</source>
        <translation>Indicateur 16.4.2 des objectifs de développement durable&#xa0;: armes saisies, trouvées ou remises</translation>
    </message>
    <message>
        <source>Small arms and light weapons seized, found or surrendered during the reporting period, and how many of them had their illicit origin or context traced or established by a competent authority in line with international instruments.</source>
        <translation>Armes légères et de petit calibre saisies, trouvées ou remises pendant la période considérée, et nombre de celles dont la provenance illicite ou le contexte a été retracé ou établi par une autorité compétente, conformément aux instruments internationaux.</translation>
    </message>
    <message>
        <source>Year the figures cover</source>
        <translation>Année couverte par les chiffres</translation>
    </message>
    <message>
        <source>The calendar year of the seizures, finds and surrenders counted below.</source>
        <translation>L&apos;année civile des saisies, découvertes et remises comptabilisées ci-dessous.</translation>
    </message>
    <message>
        <source>Arms seized</source>
        <translation>Armes saisies</translation>
    </message>
    <message>
        <source>Weapons taken into custody by a competent authority, for example in a search, at a border or in an investigation.</source>
        <translation>Armes placées sous la garde d&apos;une autorité compétente, par exemple lors d&apos;une perquisition, à une frontière ou dans le cadre d&apos;une enquête.</translation>
    </message>
    <message>
        <source>weapons</source>
        <translation>armes</translation>
    </message>
    <message>
        <source>Arms found</source>
        <translation>Armes trouvées</translation>
    </message>
    <message>
        <source>Weapons found without a known holder, for example in caches or abandoned.</source>
        <translation>Armes trouvées sans détenteur connu, par exemple dans des caches ou abandonnées.</translation>
    </message>
    <message>
        <source>Arms surrendered</source>
        <translation>Armes remises</translation>
    </message>
    <message>
        <source>Weapons handed in voluntarily, for example in collection or amnesty programmes.</source>
        <translation>Armes remises volontairement, par exemple dans le cadre de programmes de collecte ou d&apos;amnistie.</translation>
    </message>
    <message>
        <source>Of which illicit origin or context traced or established</source>
        <translation>Dont la provenance illicite ou le contexte a été retracé ou établi</translation>
    </message>
    <message>
        <source>Of the weapons above, those whose illicit origin or context was traced or established by a competent authority.</source>
        <translation>Parmi les armes ci-dessus, celles dont la provenance illicite ou le contexte a été retracé ou établi par une autorité compétente.</translation>
    </message>
    <message>
        <source>Arms traced ({left}) cannot exceed the arms seized, found and surrendered ({right}).</source>
        <translation>Les armes dont l&apos;origine a été retracée ou établie ({left}) ne peuvent pas dépasser le total des armes saisies, trouvées et remises ({right}).</translation>
    </message>
    <message>
        <source>Tracing requests</source>
        <translation>Demandes de traçage</translation>
    </message>
    <message>
        <source>Requests to trace illicit small arms and light weapons under the International Tracing Instrument during the reporting period.</source>
        <translation>Demandes de traçage d&apos;armes légères et de petit calibre illicites présentées au titre de l&apos;Instrument international de traçage pendant la période considérée.</translation>
    </message>
    <message>
        <source>The calendar year of the tracing requests counted below.</source>
        <translation>L&apos;année civile des demandes de traçage comptabilisées ci-dessous.</translation>
    </message>
    <message>
        <source>Tracing requests sent to other States</source>
        <translation>Demandes de traçage envoyées à d&apos;autres États</translation>
    </message>
    <message>
        <source>Requests your authorities sent to other States or through INTERPOL.</source>
        <translation>Demandes envoyées par vos autorités à d&apos;autres États ou par l&apos;intermédiaire d&apos;INTERPOL.</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>demandes</translation>
    </message>
    <message>
        <source>Tracing requests received from other States</source>
        <translation>Demandes de traçage reçues d&apos;autres États</translation>
    </message>
    <message>
        <source>Requests other States sent to your authorities.</source>
        <translation>Demandes envoyées à vos autorités par d&apos;autres États.</translation>
    </message>
    <message>
        <source>Received requests answered</source>
        <translation>Demandes reçues ayant obtenu une réponse</translation>
    </message>
    <message>
        <source>Of the requests received, those your authorities answered.</source>
        <translation>Parmi les demandes reçues, celles auxquelles vos autorités ont répondu.</translation>
    </message>
    <message>
        <source>Requests answered ({left}) cannot exceed requests received ({right}).</source>
        <translation>Les demandes ayant obtenu une réponse ({left}) ne peuvent pas dépasser les demandes reçues ({right}).</translation>
    </message>
    <message>
        <source>Surplus and collected weapons destroyed</source>
        <translation>Armes excédentaires et collectées détruites</translation>
    </message>
    <message>
        <source>Surplus, seized and collected small arms and light weapons destroyed during the reporting period: how many, in which year, how, and of what kinds.</source>
        <translation>Armes légères et de petit calibre excédentaires, saisies et collectées détruites pendant la période considérée&#xa0;: combien, en quelle année, de quelle manière et de quels types.</translation>
    </message>
    <message>
        <source>What was diverted, and how</source>
        <translation>Ce qui a été détourné, et comment</translation>
    </message>
    <message>
        <source>A short account: kinds of weapons, the point in the chain of custody where they were lost, and the measures taken.</source>
        <translation>Un bref exposé&#xa0;: types d&apos;armes, point de la chaîne de détention où elles ont été perdues, et mesures prises.</translation>
    </message>
    <message>
        <source>Assistance received</source>
        <translation>Assistance reçue</translation>
    </message>
    <message>
        <source>International cooperation and assistance the State received during the reporting period, from States, regional or international organizations, or civil society.</source>
        <translation>Coopération et assistance internationales reçues par l&apos;État pendant la période considérée, de la part d&apos;États, d&apos;organisations régionales ou internationales ou de la société civile.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Who provided the assistance: States, organizations, programmes.</source>
        <translation>Qui a fourni l&apos;assistance&#xa0;: États, organisations, programmes.</translation>
    </message>
    <message>
        <source>What the assistance supported</source>
        <translation>Domaines appuyés par l&apos;assistance</translation>
    </message>
    <message>
        <source>For example marking machines, stockpile security, training of customs officers.</source>
        <translation>Par exemple machines de marquage, sécurité des stocks, formation des agents des douanes.</translation>
    </message>
    <message>
        <source>Amount received in the period</source>
        <translation>Montant reçu pendant la période</translation>
    </message>
    <message>
        <source>The total value in United States dollars, if known.</source>
        <translation>La valeur totale en dollars des États-Unis, si elle est connue.</translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation>dollars des États-Unis</translation>
    </message>
    <message>
        <source>National point of contact</source>
        <translation>Point de contact national</translation>
    </message>
    <message>
        <source>The national point of contact that acts as liaison with other States on all matters relating to the implementation of the Programme of Action.</source>
        <translation>Le point de contact national chargé d&apos;assurer la liaison avec les autres États pour toutes les questions relatives à la mise en œuvre du Programme d&apos;action.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name of the person or office designated as national point of contact.</source>
        <translation>Nom de la personne ou du service désigné comme point de contact national.</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Ministry or agency where the point of contact sits.</source>
        <translation>Ministère ou organisme dont relève le point de contact.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>An address that is read, preferably a functional mailbox.</source>
        <translation>Une adresse consultée régulièrement, de préférence une boîte aux lettres fonctionnelle.</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>In international format, for example +41 22 917 1234.</source>
        <translation>Au format international, par exemple +41 22 917 1234.</translation>
    </message>
    <message>
        <source>ITI point of contact</source>
        <translation>Point de contact pour l&apos;Instrument international de traçage</translation>
    </message>
    <message>
        <source>The national point or points of contact the International Tracing Instrument (paragraph 25) asks each State to designate to exchange information and act as liaison on tracing; often the same office as the Programme of Action&apos;s.</source>
        <translation>Le ou les points de contact nationaux que l&apos;Instrument international de traçage (paragraphe 25) demande à chaque État de désigner pour échanger des informations et assurer la liaison en matière de traçage&#xa0;; il s&apos;agit souvent du même service que pour le Programme d&apos;action.</translation>
    </message>
    <message>
        <source>Name of the person or office designated as ITI point of contact.</source>
        <translation>Nom de la personne ou du service désigné comme point de contact pour l&apos;Instrument international de traçage.</translation>
    </message>
    <message>
        <source>Ministry or agency where the ITI point of contact sits.</source>
        <translation>Ministère ou organisme dont relève le point de contact pour l&apos;Instrument international de traçage.</translation>
    </message>
    <message>
        <source>National coordination body</source>
        <translation>Organe national de coordination</translation>
    </message>
    <message>
        <source>The national commission, coordination mechanism or similar body on small arms and light weapons, and the women and men who sit on it.</source>
        <translation>La commission nationale, le mécanisme de coordination ou l&apos;organe similaire chargé des armes légères et de petit calibre, et les femmes et les hommes qui y siègent.</translation>
    </message>
    <message>
        <source>A national coordination body exists</source>
        <translation>Il existe un organe national de coordination</translation>
    </message>
    <message>
        <source>Yes if a national commission or similar body coordinates implementation.</source>
        <translation>Oui si une commission nationale ou un organe similaire coordonne la mise en œuvre.</translation>
    </message>
    <message>
        <source>Name of the body</source>
        <translation>Nom de l&apos;organe</translation>
    </message>
    <message>
        <source>Its official name, for example National Commission on Small Arms and Light Weapons.</source>
        <translation>Son nom officiel, par exemple Commission nationale sur les armes légères et de petit calibre.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal address of its secretariat.</source>
        <translation>Adresse postale de son secrétariat.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>A person, office, email or telephone through which the body is reached.</source>
        <translation>Une personne, un service, une adresse électronique ou un numéro de téléphone permettant de joindre l&apos;organe.</translation>
    </message>
    <message>
        <source>Members who are women</source>
        <translation>Membres femmes</translation>
    </message>
    <message>
        <source>Number of members of the body who are women.</source>
        <translation>Nombre de femmes parmi les membres de l&apos;organe.</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>Members who are men</source>
        <translation>Membres hommes</translation>
    </message>
    <message>
        <source>Number of members of the body who are men.</source>
        <translation>Nombre d&apos;hommes parmi les membres de l&apos;organe.</translation>
    </message>
    <message>
        <source>National action plan</source>
        <translation>Plan d&apos;action national</translation>
    </message>
    <message>
        <source>The body&apos;s name, address, contact and members are given only when a coordination body exists: answer Yes to the first question or clear them.</source>
        <translation>Le nom, l&apos;adresse, le contact et les membres de l&apos;organe ne sont indiqués que s&apos;il existe un organe de coordination&#xa0;: répondez Oui à la première question ou effacez-les.</translation>
    </message>
    <message>
        <source>A national action plan or other national policy instrument on small arms and light weapons.</source>
        <translation>Un plan d&apos;action national ou un autre instrument de politique nationale relatif aux armes légères et de petit calibre.</translation>
    </message>
    <message>
        <source>A national action plan exists</source>
        <translation>Il existe un plan d&apos;action national</translation>
    </message>
    <message>
        <source>Yes if a national action plan or other national policy instrument has been adopted.</source>
        <translation>Oui si un plan d&apos;action national ou un autre instrument de politique nationale a été adopté.</translation>
    </message>
    <message>
        <source>Year adopted</source>
        <translation>Année d&apos;adoption</translation>
    </message>
    <message>
        <source>The year the current plan was adopted.</source>
        <translation>L&apos;année d&apos;adoption du plan en vigueur.</translation>
    </message>
    <message>
        <source>Period covered: from</source>
        <translation>Période couverte&#xa0;: début</translation>
    </message>
    <message>
        <source>First year the plan covers.</source>
        <translation>Première année couverte par le plan.</translation>
    </message>
    <message>
        <source>Period covered: to</source>
        <translation>Période couverte&#xa0;: fin</translation>
    </message>
    <message>
        <source>Last year the plan covers.</source>
        <translation>Dernière année couverte par le plan.</translation>
    </message>
    <message>
        <source>A year or period is given only when a plan exists: answer Yes to the first question or clear the years.</source>
        <translation>Une année ou une période n&apos;est indiquée que s&apos;il existe un plan&#xa0;: répondez Oui à la première question ou effacez les années.</translation>
    </message>
    <message>
        <source>The period cannot end ({right}) before it starts ({left}).</source>
        <translation>La période ne peut pas se terminer ({right}) avant de commencer ({left}).</translation>
    </message>
    <message>
        <source>Surplus weapons destroyed in the period</source>
        <translation>Armes excédentaires détruites pendant la période</translation>
    </message>
    <message>
        <source>Weapons declared surplus and destroyed during the reporting period.</source>
        <translation>Armes déclarées excédentaires et détruites pendant la période considérée.</translation>
    </message>
    <message>
        <source>Seized or collected weapons destroyed in the period</source>
        <translation>Armes saisies ou collectées détruites pendant la période</translation>
    </message>
    <message>
        <source>Weapons seized, found or collected (for example in a collection programme) and destroyed during the reporting period.</source>
        <translation>Armes saisies, trouvées ou collectées (par exemple dans le cadre d&apos;un programme de collecte) et détruites pendant la période considérée.</translation>
    </message>
    <message>
        <source>Year of the latest destruction</source>
        <translation>Année de la dernière destruction</translation>
    </message>
    <message>
        <source>The year of the most recent destruction counted above.</source>
        <translation>L&apos;année de la destruction la plus récente comptabilisée ci-dessus.</translation>
    </message>
    <message>
        <source>Destruction method</source>
        <translation>Méthode de destruction</translation>
    </message>
    <message>
        <source>For example cutting, crushing, melting or burning, and who witnessed it.</source>
        <translation>Par exemple découpage, broyage, fonte ou incinération, et qui en a été témoin.</translation>
    </message>
    <message>
        <source>Categories destroyed</source>
        <translation>Catégories détruites</translation>
    </message>
    <message>
        <source>For example pistols, rifles, light machine guns, ammunition.</source>
        <translation>Par exemple pistolets, fusils, mitrailleuses légères, munitions.</translation>
    </message>
    <message>
        <source>Diversion incidents</source>
        <translation>Cas de détournement</translation>
    </message>
    <message>
        <source>Incidents of diversion of small arms and light weapons recorded by national authorities during the reporting period.</source>
        <translation>Cas de détournement d&apos;armes légères et de petit calibre enregistrés par les autorités nationales pendant la période considérée.</translation>
    </message>
    <message>
        <source>Diversion incidents recorded in the period</source>
        <translation>Cas de détournement enregistrés pendant la période</translation>
    </message>
    <message>
        <source>Cases in which weapons left the legal chain of custody (loss, theft, unauthorized transfer) and were recorded by a national authority.</source>
        <translation>Cas dans lesquels des armes sont sorties de la chaîne de détention légale (perte, vol, transfert non autorisé) et qui ont été enregistrés par une autorité nationale.</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>cas</translation>
    </message>
</context>
<context>
    <name>UnsavedWork</name>
    <message>
        <source>%1: everything else you typed is saved, but %2 could not be saved yet:
%3

What you typed is kept as a draft and shown again, marked, when you come back to %1.</source>
        <translation>%1&#xa0;: tout le reste de votre saisie est enregistré, mais certains champs n&apos;ont pas encore pu l&apos;être (%2)&#xa0;:
%3

Ce que vous avez saisi est conservé comme brouillon et sera de nouveau affiché, signalé, lorsque vous reviendrez à %1.</translation>
    </message>
    <message>
        <source>• a value that is not a number</source>
        <translation>• une valeur qui n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>Some values could not be saved yet and are kept as drafts:

%1

They are shown again, marked, when you open these measures. Close now?</source>
        <translation>Certaines valeurs n&apos;ont pas encore pu être enregistrées et sont conservées comme brouillons&#xa0;:

%1

Elles seront de nouveau affichées, signalées, lorsque vous ouvrirez ces mesures. Fermer maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>The saved version is shown.</source>
        <translation>La version enregistrée est affichée.</translation>
    </message>
    <message>
        <source>Your version is kept as a draft; open the measure to choose.</source>
        <translation>Votre version est conservée comme brouillon&#xa0;; ouvrez la mesure pour choisir.</translation>
    </message>
    <message>
        <source>Kept as a draft</source>
        <translation>Conservé comme brouillon</translation>
    </message>
    <message>
        <source>Values kept as drafts</source>
        <translation>Valeurs conservées comme brouillons</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a report package</source>
        <translation>Vérifier une archive de transmission</translation>
    </message>
    <message>
        <source>%1 is intact: its %2 files are exactly as they were written.</source>
        <translation>L&apos;archive %1 est intacte&#xa0;: ses %2 fichiers sont exactement tels qu&apos;ils ont été produits.</translation>
    </message>
    <message>
        <source>%1 is NOT intact. The first difference: %2</source>
        <translation>L&apos;archive %1 n&apos;est PAS intacte. Première différence&#xa0;: %2</translation>
    </message>
    <message>
        <source>Report packages (*.zip)</source>
        <translation>Archives de transmission (*.zip)</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <source>C&amp;reate assessment</source>
        <translation>&amp;Créer l&apos;évaluation</translation>
    </message>
    <message>
        <source>State profile</source>
        <translation>Profil de l&apos;État</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Point focal</translation>
    </message>
    <message>
        <source>Type to search, e.g. Kenya</source>
        <translation>Saisissez pour rechercher, p. ex. Kenya</translation>
    </message>
    <message>
        <source>Filled in from the list of UN Member and observer States.</source>
        <translation>Rempli à partir de la liste des États Membres et des États observateurs de l&apos;ONU.</translation>
    </message>
    <message>
        <source>For a State not on the list, type its three-letter code, e.g. KEN for Kenya.</source>
        <translation>Pour un État absent de la liste, saisissez son code à trois lettres, p. ex. KEN pour le Kenya.</translation>
    </message>
    <message>
        <source>No agencies yet. Choose Add agency for each one that contributes, such as the police, customs, defence, justice, the arms licensing authority, the national statistics office and women&apos;s affairs.</source>
        <translation>Aucun organisme pour l&apos;instant. Choisissez Ajouter un organisme pour chacun de ceux qui contribuent&#xa0;: police, douanes, défense, justice, autorité de délivrance des licences d&apos;armes, office national de statistique, organisme chargé de la condition féminine, etc.</translation>
    </message>
    <message>
        <source>Start the assessment of %1 for another reporting cycle.</source>
        <translation>%1&#xa0;: commencer l&apos;évaluation d&apos;un autre cycle de rapport.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Welcome to poa-desktop</source>
        <translation>Bienvenue dans poa-desktop</translation>
    </message>
    <message>
        <source>poa-desktop helps you assess how far your State has implemented its commitments under the UN Programme of Action on small arms and light weapons and the International Tracing Instrument, and prepare the national report; everything stays on this computer. To begin, say which State you report for, who the national focal point is and which agencies contribute, then name the reporting cycle.</source>
        <translation>poa-desktop vous aide à évaluer dans quelle mesure votre État a mis en œuvre ses engagements au titre du Programme d&apos;action des Nations Unies sur les armes légères et de petit calibre et de l&apos;Instrument international de traçage, et à préparer le rapport national&#xa0;; tout reste sur cet ordinateur. Pour commencer, indiquez l&apos;État pour lequel vous faites rapport, le point focal national et les organismes qui contribuent, puis nommez le cycle de rapport.</translation>
    </message>
    <message>
        <source>Your State</source>
        <translation>Votre État</translation>
    </message>
    <message>
        <source>This database holds the assessments of one State. Type part of its name and choose it from the list.</source>
        <translation>Cette base de données contient les évaluations d&apos;un seul État. Saisissez une partie de son nom et choisissez-le dans la liste.</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>Ét&amp;at&#xa0;:</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;ISO 3166 code:</source>
        <translation>Code &amp;ISO 3166&#xa0;:</translation>
    </message>
    <message>
        <source>ISO 3166 alpha-3 code</source>
        <translation>Code ISO 3166 alpha-3</translation>
    </message>
    <message>
        <source>National focal point</source>
        <translation>Point focal national</translation>
    </message>
    <message>
        <source>The national point of contact named on the report&apos;s cover and in its contacts annex.</source>
        <translation>Le point de contact national indiqué sur la couverture du rapport et dans son annexe des contacts.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Focal point name</source>
        <translation>Nom du point focal</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>Focal point title</source>
        <translation>Fonction du point focal</translation>
    </message>
    <message>
        <source>e.g. Director, Arms Control Division</source>
        <translation>p. ex. Directeur, Division du contrôle des armements</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Co&amp;urriel&#xa0;:</translation>
    </message>
    <message>
        <source>Focal point email</source>
        <translation>Courriel du point focal</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Télép&amp;hone&#xa0;:</translation>
    </message>
    <message>
        <source>Focal point phone</source>
        <translation>Téléphone du point focal</translation>
    </message>
    <message>
        <source>Contributing agencies</source>
        <translation>Organismes contributeurs</translation>
    </message>
    <message>
        <source>The national &amp;agencies that contribute answers; you can change this list later:</source>
        <translation>Les &amp;organismes nationaux qui fournissent des réponses&#xa0;; vous pourrez modifier cette liste plus tard&#xa0;:</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Organismes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom abrégé</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne à contacter</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>A&amp;dd agency</source>
        <translation>A&amp;jouter un organisme</translation>
    </message>
    <message>
        <source>&amp;Remove agency</source>
        <translation>Supp&amp;rimer l&apos;organisme</translation>
    </message>
    <message>
        <source>First assessment</source>
        <translation>Première évaluation</translation>
    </message>
    <message>
        <source>An assessment covers one reporting cycle, such as a Biennial Meeting of States or a Review Conference.</source>
        <translation>Une évaluation couvre un cycle de rapport, comme une Réunion biennale des États ou une Conférence d&apos;examen.</translation>
    </message>
    <message>
        <source>Reporting &amp;cycle:</source>
        <translation>Cyc&amp;le de rapport&#xa0;:</translation>
    </message>
    <message>
        <source>Reporting cycle</source>
        <translation>Cycle de rapport</translation>
    </message>
    <message>
        <source>e.g. BMS10 2028</source>
        <translation>p. ex. BMS10 2028</translation>
    </message>
    <message>
        <source>Start b&amp;lank: every commitment not yet assessed</source>
        <translation>Partir de &amp;zéro&#xa0;: aucun engagement encore évalué</translation>
    </message>
    <message>
        <source>Carr&amp;y forward answers from:</source>
        <translation>Reporter les réponses &amp;de&#xa0;:</translation>
    </message>
    <message>
        <source>Cycle to carry forward from</source>
        <translation>Cycle dont les réponses sont reportées</translation>
    </message>
    <message>
        <source>Answers, laws, agencies, evidence and report figures are copied and marked as carried forward, so you only update what changed.</source>
        <translation>Les réponses, lois, organismes, éléments de preuve et chiffres du rapport sont copiés et marqués comme reportés&#xa0;: vous n&apos;avez plus qu&apos;à mettre à jour ce qui a changé.</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Open a poa-desktop database</source>
        <translation>Ouvrir une base de données poa-desktop</translation>
    </message>
    <message>
        <source>poa-desktop databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données poa-desktop (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>If this is your poa-desktop database and it is damaged: copies taken by poa-desktop, if any, are in %1. Close poa-desktop, keep the damaged file elsewhere, and copy the most recent one to %2.</source>
        <translation>S&apos;il s&apos;agit de votre base de données poa-desktop et qu&apos;elle est endommagée&#xa0;: les copies faites par poa-desktop, s&apos;il y en a, se trouvent dans %1. Fermez poa-desktop, placez le fichier endommagé ailleurs et copiez la plus récente vers %2.</translation>
    </message>
    <message>
        <source>Answers that could not be saved are kept in %1; they are offered back once the database opens.</source>
        <translation>Les réponses qui n&apos;ont pas pu être enregistrées sont conservées dans %1&#xa0;; elles vous seront proposées de nouveau dès que la base de données s&apos;ouvrira.</translation>
    </message>
    <message>
        <source>The backup is in place. The damaged file is kept as %1.</source>
        <translation>La copie de sauvegarde est en place. Le fichier endommagé est conservé sous le nom %1.</translation>
    </message>
    <message>
        <source>%1

Restore the most recent backup, taken %2 (%3 measures answered)? The damaged file is kept beside it under another name, not deleted.</source>
        <translation>%1

Restaurer la copie de sauvegarde la plus récente, faite le %2 (mesures avec réponse&#xa0;: %3)&#xa0;? Le fichier endommagé est conservé à côté sous un autre nom&#xa0;; il n&apos;est pas supprimé.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>La base de données est endommagée</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Nothing matches the search.</source>
        <translation>Rien ne correspond à la recherche.</translation>
    </message>
</context>
</TS>
