<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../../ifdesk/ui/main_window.py" line="52"/>
        <location filename="../../ifdesk/ui/models.py" line="163"/>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="48"/>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="192"/>
        <location filename="../../ifdesk/ui/views/diagnostics.py" line="30"/>
        <location filename="../../ifdesk/ui/views/diagnostics.py" line="45"/>
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/diagnostics.py" line="30"/>
        <source>Tous les diagnostics de l&apos;espace de travail, du plus récent au plus ancien.</source>
        <translation>All the workspace&apos;s diagnostics, most recent first.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/diagnostics.py" line="32"/>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/charts.py" line="77"/>
        <source>Aucune donnée pour ces filtres.</source>
        <translation>No data for these filters.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/charts.py" line="137"/>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="273"/>
        <source>Diagnostics par mois de visite</source>
        <translation>Diagnostics per month of visit</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/charts.py" line="156"/>
        <source>Aucune visite pour ces filtres.</source>
        <translation>No visit for these filters.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/charts.py" line="166"/>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="49"/>
        <location filename="../../ifdesk/ui/views/diagnostics.py" line="32"/>
        <source>Brouillons</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/charts.py" line="166"/>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="50"/>
        <location filename="../../ifdesk/ui/views/diagnostics.py" line="33"/>
        <source>Terminés</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/charts.py" line="166"/>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="51"/>
        <location filename="../../ifdesk/ui/views/diagnostics.py" line="33"/>
        <source>Exportés</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/charts.py" line="219"/>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="225"/>
        <source>Maturité moyenne par thème</source>
        <translation>Average maturity per theme</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/charts.py" line="227"/>
        <source>{t} : moy. {a}, Q1–Q3 {q1}–{q3}, min–max {lo}–{hi}</source>
        <translation>{t}: avg. {a}, Q1–Q3 {q1}–{q3}, min–max {lo}–{hi}</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/charts.py" line="242"/>
        <source>Score moyen</source>
        <translation>Average score</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/charts.py" line="256"/>
        <source>Aucun diagnostic terminé pour ces filtres.</source>
        <translation>No completed diagnostic for these filters.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/charts.py" line="242"/>
        <source>Moitié centrale (Q1–Q3)</source>
        <translation>Middle half (Q1–Q3)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/charts.py" line="242"/>
        <source>Minimum et maximum</source>
        <translation>Minimum and maximum</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/diagnostics.py" line="35"/>
        <source>Filtrer par statut</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/diagnostics.py" line="36"/>
        <source>&amp;Statut :</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/diagnostics.py" line="42"/>
        <source>Re&amp;vue :</source>
        <translation>Re&amp;view:</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/diagnostics.py" line="53"/>
        <source>&amp;Ouvrir</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/diagnostics.py" line="54"/>
        <source>&amp;Nouveau diagnostic…</source>
        <translation>&amp;New diagnostic…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/diagnostics.py" line="55"/>
        <source>&amp;Coût…</source>
        <translation>&amp;Cost…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/diagnostics.py" line="55"/>
        <source>Bureau : jours d&apos;expert, tarif journalier, part du programme</source>
        <translation>Office: expert days, day rate, programme share</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/diagnostics.py" line="84"/>
        <source>Aucun diagnostic</source>
        <translation>No diagnostic</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/diagnostics.py" line="84"/>
        <source>1 diagnostic</source>
        <translation>1 diagnostic</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/diagnostics.py" line="84"/>
        <source>diagnostics</source>
        <translation>diagnostics</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/diagnostics.py" line="122"/>
        <source>Nouveau diagnostic</source>
        <translation>New diagnostic</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/diagnostics.py" line="126"/>
        <source>Rechercher l&apos;entreprise…</source>
        <translation>Search for the company…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/diagnostics.py" line="127"/>
        <source>Rechercher l&apos;entreprise</source>
        <translation>Search for the company</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/diagnostics.py" line="131"/>
        <source>Démarrer le diagnostic</source>
        <translation>Start the diagnostic</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/ops.py" line="324"/>
        <location filename="../../ifdesk/ui/ops.py" line="386"/>
        <location filename="../../ifdesk/ui/views/action_dialog.py" line="76"/>
        <location filename="../../ifdesk/ui/views/company_form.py" line="271"/>
        <location filename="../../ifdesk/ui/views/cost_dialog.py" line="46"/>
        <location filename="../../ifdesk/ui/views/diagnostics.py" line="132"/>
        <location filename="../../ifdesk/ui/views/register.py" line="75"/>
        <location filename="../../ifdesk/ui/views/review_panel.py" line="62"/>
        <location filename="../../ifdesk/ui/views/sync_dialogs.py" line="24"/>
        <location filename="../../ifdesk/ui/views/sync_dialogs.py" line="43"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/diagnostics.py" line="134"/>
        <source>Pour quelle entreprise ?</source>
        <translation>Which company?</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/level_picker.py" line="63"/>
        <source>Niveau de maturité actuel</source>
        <translation>Current maturity level</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="23"/>
        <source>aller à une page de la navigation</source>
        <translation>go to a page of the navigation</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="24"/>
        <source>aller au champ ou au bouton</source>
        <translation>go to the field or button</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="24"/>
        <source>Alt+lettre soulignée</source>
        <translation>Alt+underlined letter</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="25"/>
        <source>rechercher / nouvelle entreprise</source>
        <translation>search / new company</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="26"/>
        <source>ouvrir, modifier, valider</source>
        <translation>open, edit, confirm</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="26"/>
        <source>Entrée</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="27"/>
        <source>champ suivant / précédent</source>
        <translation>next / previous field</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="27"/>
        <source>Tab / Maj+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="28"/>
        <source>fermer une fenêtre de dialogue</source>
        <translation>close a dialog</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="28"/>
        <source>Échap</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="29"/>
        <source>niveau actuel du critère</source>
        <translation>current level of the criterion</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="30"/>
        <source>niveau cible du critère</source>
        <translation>target level of the criterion</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="31"/>
        <source>niveau précédent / suivant</source>
        <translation>previous / next level</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="32"/>
        <source>critère précédent / suivant</source>
        <translation>previous / next criterion</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="32"/>
        <source>← → ou Page préc./suiv.</source>
        <translation>← → or Page Up/Down</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="33"/>
        <source>non applicable / important</source>
        <translation>not applicable / important</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="34"/>
        <source>suggérer des actions depuis les écarts</source>
        <translation>suggest actions from the gaps</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="48"/>
        <source>L&apos;espace de travail, la langue, l&apos;expert, les référentiels connus ; votre identité de signature et vos correspondants.</source>
        <translation>The workspace, the language, the expert, the known référentiels; your signing identity and your correspondents.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/main_window.py" line="54"/>
        <location filename="../../ifdesk/ui/views/settings.py" line="48"/>
        <location filename="../../ifdesk/ui/views/settings.py" line="121"/>
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="50"/>
        <source>Espace de travail</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="53"/>
        <source>Dossier de l&apos;espace de travail</source>
        <translation>Workspace folder</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="54"/>
        <source>Ouvrir le dossier</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="55"/>
        <source>&amp;Changer de dossier…</source>
        <translation>&amp;Change folder…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="63"/>
        <source>Vous</source>
        <translation>You</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="71"/>
        <source>Prénom Nom</source>
        <translation>First name Last name</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="72"/>
        <source>&amp;Nom de l&apos;expert (sur les nouveaux diagnostics)</source>
        <translation>Expert&apos;s &amp;name (on new diagnostics)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="76"/>
        <source>&amp;Langue de l&apos;interface</source>
        <translation>Interface &amp;language</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="83"/>
        <source>Référentiels connus</source>
        <translation>Known référentiels</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="85"/>
        <source>Référentiels</source>
        <translation>Référentiels</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="92"/>
        <source>Au clavier</source>
        <translation>With the keyboard</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="123"/>
        <source>&amp;Général</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="124"/>
        <source>&amp;Identité et confiance</source>
        <translation>&amp;Identity and trust</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="156"/>
        <source>Identité de signature : </source>
        <translation>Signing identity: </translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="157"/>
        <source>Le nom de l&apos;expert vient de cette identité.</source>
        <translation>The expert&apos;s name comes from this identity.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="158"/>
        <source>Pas encore d&apos;identité de signature : créez-la dans l&apos;onglet « Identité et confiance » pour exporter des diagnostics signés.</source>
        <translation>No signing identity yet: create it in the &quot;Identity and trust&quot; tab to export signed diagnostics.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="162"/>
        <source>Journal technique : </source>
        <translation>Technical log: </translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="162"/>
        <source>désactivé</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="170"/>
        <source>Le nom de l&apos;expert ne peut pas être vide.</source>
        <translation>The expert&apos;s name cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="172"/>
        <source>Nom trop long : {n} caractères au plus.</source>
        <translation>Name too long: {n} characters at most.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="191"/>
        <source>Choisir le dossier de l&apos;espace de travail</source>
        <translation>Choose the workspace folder</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/attachments.py" line="40"/>
        <source>Pièces jointes</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/attachments.py" line="41"/>
        <source>Joindre un &amp;fichier…</source>
        <translation>Attach a &amp;file…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/attachments.py" line="42"/>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/attachments.py" line="43"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/attachments.py" line="96"/>
        <source>Joindre une preuve (photo, document)</source>
        <translation>Attach evidence (photo, document)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/companies.py" line="114"/>
        <location filename="../../ifdesk/ui/views/company_form.py" line="59"/>
        <location filename="../../ifdesk/ui/views/company_form.py" line="203"/>
        <source>Nouvelle entreprise</source>
        <translation>New company</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/company_form.py" line="77"/>
        <source>&amp;Raison sociale</source>
        <translation>Company &amp;name</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/company_form.py" line="85"/>
        <source>— choisir une région —</source>
        <translation>— choose a region —</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/company_form.py" line="88"/>
        <location filename="../../ifdesk/ui/views/programmes.py" line="88"/>
        <source>Ré&amp;gion</source>
        <translation>Re&amp;gion</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/company_form.py" line="90"/>
        <source>&amp;Ville</source>
        <translation>&amp;Town</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/company_form.py" line="93"/>
        <source>&amp;Effectif</source>
        <translation>&amp;Headcount</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/company_form.py" line="96"/>
        <source>Chiffre d&apos;&amp;affaires (€)</source>
        <translation>T&amp;urnover (€)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/company_form.py" line="95"/>
        <location filename="../../ifdesk/ui/views/company_form.py" line="98"/>
        <source>facultatif</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/company_form.py" line="80"/>
        <source>&amp;SIRET (14 chiffres, espaces permis)</source>
        <translation>&amp;SIRET (14 digits, spaces allowed)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/company_form.py" line="83"/>
        <source>Code &amp;NAF (facultatif)</source>
        <translation>NA&amp;F code (optional)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/company_form.py" line="99"/>
        <source>Total du &amp;bilan (€)</source>
        <translation>&amp;Balance sheet total (€)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/company_form.py" line="107"/>
        <source>Enregistrer l&apos;entreprise</source>
        <translation>Save the company</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/company_form.py" line="108"/>
        <source>Vider le formulaire</source>
        <translation>Clear the form</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/company_form.py" line="194"/>
        <source>Catégorie (décret 2008-1354) : </source>
        <translation>Category (décret 2008-1354): </translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/company_form.py" line="218"/>
        <source>Modifier l&apos;entreprise</source>
        <translation>Edit the company</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/company_form.py" line="257"/>
        <location filename="../../ifdesk/ui/views/editor.py" line="320"/>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="305"/>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="312"/>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="388"/>
        <source>Enregistrement…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/company_form.py" line="245"/>
        <location filename="../../ifdesk/ui/views/company_form.py" line="277"/>
        <source>Rien n&apos;a été enregistré.</source>
        <translation>Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/company_form.py" line="108"/>
        <source>Vider</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/company_form.py" line="50"/>
        <source>Fiche de l&apos;entreprise</source>
        <translation>Company details</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/company_form.py" line="184"/>
        <source>Hors industrie manufacturière (section {s}) : à confirmer à l&apos;enregistrement.</source>
        <translation>Outside manufacturing (section {s}): to be confirmed when saving.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/company_form.py" line="266"/>
        <source>Entreprise hors industrie</source>
        <translation>Company outside manufacturing</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/company_form.py" line="267"/>
        <source>Enregistrer quand même ?</source>
        <translation>Save it anyway?</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/company_form.py" line="270"/>
        <source>Enregistrer quand même</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/company_form.py" line="291"/>
        <source>Entreprise enregistrée : </source>
        <translation>Company saved: </translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/report_button.py" line="40"/>
        <source>&amp;Générer le rapport</source>
        <translation>&amp;Generate the report</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/report_button.py" line="54"/>
        <source>Le module de rapport PDF n&apos;est pas installé dans cette version.</source>
        <translation>The PDF report module is not installed in this version.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/report_button.py" line="57"/>
        <source>Rapport PDF pour l&apos;entreprise, ouvert une fois prêt</source>
        <translation>PDF report for the company, opened when ready</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/report_button.py" line="65"/>
        <source>Enregistrer le rapport PDF</source>
        <translation>Save the PDF report</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/report_button.py" line="65"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/report_button.py" line="95"/>
        <source>Préparation du rapport PDF…</source>
        <translation>Preparing the PDF report…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/report_button.py" line="107"/>
        <source>Ouv&amp;rir</source>
        <translation>O&amp;pen</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/report_button.py" line="107"/>
        <source>Ouvrir le rapport avec la visionneuse PDF du système</source>
        <translation>Open the report with the system&apos;s PDF viewer</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/report_button.py" line="108"/>
        <source>Afficher dans le &amp;dossier</source>
        <translation>Show in &amp;folder</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/report_button.py" line="108"/>
        <source>Ouvrir le dossier qui contient le rapport</source>
        <translation>Open the folder that contains the report</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/report_button.py" line="130"/>
        <source>Rapport enregistré : {path}</source>
        <translation>Report saved: {path}</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/report_button.py" line="139"/>
        <source>Aucune visionneuse PDF n&apos;a pu ouvrir le rapport. Il est bien enregistré : ouvrez-le depuis son dossier, {folder}.</source>
        <translation>No PDF viewer could open the report. It is saved, though: open it from its folder, {folder}.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/report_button.py" line="144"/>
        <source>Le dossier n&apos;a pas pu être ouvert. Le rapport est dans {folder}.</source>
        <translation>The folder could not be opened. The report is in {folder}.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/report_button.py" line="150"/>
        <source>Le rapport n&apos;est plus à cet endroit : {path}. Générez-le de nouveau.</source>
        <translation>The report is no longer at this location: {path}. Generate it again.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/criterion_card.py" line="59"/>
        <source>Niveau actuel — touches 1 à 5 (ou ↑ ↓) pour choisir, ← → pour changer de critère</source>
        <translation>Current level — keys 1 to 5 (or ↑ ↓) to choose, ← → to change criterion</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/criterion_card.py" line="71"/>
        <source>Niveau cible</source>
        <translation>Target level</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/criterion_card.py" line="72"/>
        <source>Jugé &amp;important par l&apos;entreprise</source>
        <translation>Deemed &amp;important by the company</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/criterion_card.py" line="73"/>
        <source>Niveau &amp;cible (Ctrl+1 à 5)</source>
        <translation>&amp;Target level (Ctrl+1 to 5)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/criterion_card.py" line="78"/>
        <source>Non a&amp;pplicable à cette entreprise</source>
        <translation>Not a&amp;pplicable to this company</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/criterion_card.py" line="81"/>
        <source>Raison (obligatoire)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/criterion_card.py" line="82"/>
        <source>&amp;Raison du « non applicable »</source>
        <translation>&amp;Reason for &quot;not applicable&quot;</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/criterion_card.py" line="85"/>
        <source>Constats, preuves observées, propos recueillis…</source>
        <translation>Findings, evidence observed, what was said…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/criterion_card.py" line="88"/>
        <source>&amp;Note de l&apos;expert</source>
        <translation>Expert&apos;s &amp;note</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/criterion_card.py" line="91"/>
        <source>Preuves jointes</source>
        <translation>Attached evidence</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/criterion_card.py" line="93"/>
        <source>← Critère précédent</source>
        <translation>← Previous criterion</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/criterion_card.py" line="93"/>
        <source>Critère précédent (Page préc.)</source>
        <translation>Previous criterion (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/criterion_card.py" line="94"/>
        <source>Critère suivant →</source>
        <translation>Next criterion →</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/criterion_card.py" line="94"/>
        <source>Critère suivant (Page suiv.)</source>
        <translation>Next criterion (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/criterion_card.py" line="36"/>
        <source>Critère en cours</source>
        <translation>Current criterion</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/criterion_card.py" line="149"/>
        <source>poids</source>
        <translation>weight</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/criterion_card.py" line="151"/>
        <source>Questions d&apos;entretien</source>
        <translation>Interview questions</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/criterion_card.py" line="158"/>
        <source>— pas de cible —</source>
        <translation>— no target —</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/criterion_card.py" line="185"/>
        <source>Niveau précédent : nouveau critère</source>
        <translation>Previous level: new criterion</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/criterion_card.py" line="187"/>
        <source>Niveau précédent : {n}</source>
        <translation>Previous level: {n}</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/criterion_card.py" line="191"/>
        <source>Niveau précédent : non applicable</source>
        <translation>Previous level: not applicable</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/criterion_card.py" line="193"/>
        <source>Niveau précédent : non renseigné</source>
        <translation>Previous level: not answered</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/criterion_card.py" line="222"/>
        <source>Note trop longue : {n} caractères au plus.</source>
        <translation>Note too long: {n} characters at most.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/editor.py" line="53"/>
        <source>Aucun diagnostic ouvert</source>
        <translation>No diagnostic open</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/editor.py" line="55"/>
        <source>Ouvrez un diagnostic depuis la liste, ou démarrez-en un depuis une entreprise.</source>
        <translation>Open a diagnostic from the list, or start one from a company.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/editor.py" line="59"/>
        <source>État de l&apos;enregistrement</source>
        <translation>Save state</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/editor.py" line="60"/>
        <source>&amp;Synthèse →</source>
        <translation>&amp;Synthesis →</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/editor.py" line="60"/>
        <source>Scores, priorités, plan d&apos;actions</source>
        <translation>Scores, priorities, action plan</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/editor.py" line="85"/>
        <source>Thèmes et critères</source>
        <translation>Themes and criteria</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/editor.py" line="91"/>
        <source>%v / %m critères</source>
        <translation>%v / %m criteria</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/editor.py" line="78"/>
        <source>Niveaux par thème</source>
        <translation>Levels per theme</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/editor.py" line="112"/>
        <source>Indice global actuel</source>
        <translation>Current overall index</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="179"/>
        <location filename="../../ifdesk/ui/views/editor.py" line="166"/>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="118"/>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="72"/>
        <source>Révision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/editor.py" line="166"/>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="243"/>
        <source>visite du</source>
        <translation>visit of</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/editor.py" line="171"/>
        <source>Ce diagnostic est terminé : les réponses sont figées. Rouvrez-le depuis la synthèse pour en faire une nouvelle révision.</source>
        <translation>This diagnostic is completed: its answers are frozen. Reopen it from the synthesis to make a new revision.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/editor.py" line="176"/>
        <location filename="../../ifdesk/ui/views/editor.py" line="328"/>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="308"/>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="314"/>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="395"/>
        <source>Enregistré</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/editor.py" line="176"/>
        <source>Lecture seule</source>
        <translation>Read only</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/editor.py" line="228"/>
        <location filename="../../ifdesk/ui/views/review_panel.py" line="175"/>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="33"/>
        <source>n.a.</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/editor.py" line="253"/>
        <source>cible</source>
        <translation>target</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/editor.py" line="314"/>
        <source>Non enregistré : à corriger</source>
        <translation>Not saved: to be corrected</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/editor.py" line="348"/>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="301"/>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="317"/>
        <source>Non enregistré</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/action_dialog.py" line="28"/>
        <source>Action du plan</source>
        <translation>Action of the plan</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/action_dialog.py" line="28"/>
        <source>Nouvelle action</source>
        <translation>New action</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/action_dialog.py" line="40"/>
        <source>— aucun critère lié —</source>
        <translation>— no linked criterion —</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/action_dialog.py" line="48"/>
        <location filename="../../ifdesk/ui/views/next_steps.py" line="46"/>
        <source>JJ/MM/AAAA</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/action_dialog.py" line="49"/>
        <source>Ce qu&apos;il faut faire, avec qui, comment mesurer le résultat</source>
        <translation>What to do, with whom, how to measure the result</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/action_dialog.py" line="54"/>
        <source>Pourquoi l&apos;action est abandonnée</source>
        <translation>Why the action is abandoned</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/action_dialog.py" line="56"/>
        <location filename="../../ifdesk/ui/views/programmes.py" line="88"/>
        <source>&amp;Intitulé</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/action_dialog.py" line="56"/>
        <source>&amp;Priorité</source>
        <translation>&amp;Priority</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/action_dialog.py" line="57"/>
        <source>&amp;Horizon</source>
        <translation>&amp;Horizon</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/action_dialog.py" line="57"/>
        <source>&amp;Critère lié</source>
        <translation>Linked &amp;criterion</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/action_dialog.py" line="58"/>
        <source>&amp;Responsable</source>
        <translation>&amp;Owner</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/action_dialog.py" line="58"/>
        <source>C&amp;oût estimé (€)</source>
        <translation>Cost e&amp;stimate (€)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/action_dialog.py" line="59"/>
        <source>Échéa&amp;nce</source>
        <translation>Due dat&amp;e</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/action_dialog.py" line="59"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/action_dialog.py" line="60"/>
        <source>S&amp;tatut</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/action_dialog.py" line="60"/>
        <source>Raison de l&apos;a&amp;bandon</source>
        <translation>Reason for a&amp;bandoning</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/action_dialog.py" line="75"/>
        <location filename="../../ifdesk/ui/views/sync_dialogs.py" line="23"/>
        <source>Valider</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/main_window.py" line="52"/>
        <location filename="../../ifdesk/ui/views/companies.py" line="84"/>
        <location filename="../../ifdesk/ui/views/companies.py" line="98"/>
        <location filename="../../ifdesk/ui/views/diagnostics.py" line="129"/>
        <source>Entreprises</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/companies.py" line="84"/>
        <source>Les entreprises accompagnées : recherchez, enregistrez, démarrez un diagnostic.</source>
        <translation>The companies supported: search, register, start a diagnostic.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/companies.py" line="86"/>
        <source>Rechercher par nom, ville ou SIRET…</source>
        <translation>Search by name, town or SIRET…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/companies.py" line="88"/>
        <source>Rechercher une entreprise</source>
        <translation>Search for a company</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/companies.py" line="91"/>
        <source>Toutes les entreprises</source>
        <translation>All companies</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/companies.py" line="92"/>
        <source>Attribuées par le bureau</source>
        <translation>Assigned by the office</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/companies.py" line="93"/>
        <source>Non attribuées par le bureau</source>
        <translation>Not assigned by the office</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/companies.py" line="94"/>
        <source>Filtre : attribuées par le bureau</source>
        <translation>Filter: assigned by the office</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/companies.py" line="95"/>
        <source>Les entreprises que le bureau régional vous a attribuées (distributions reçues)</source>
        <translation>The companies the regional office assigned to you (distributions received)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/companies.py" line="112"/>
        <source>&amp;Démarrer un diagnostic</source>
        <translation>Start a &amp;diagnostic</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/companies.py" line="112"/>
        <source>Démarrer un diagnostic pour l&apos;entreprise choisie</source>
        <translation>Start a diagnostic for the chosen company</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/companies.py" line="113"/>
        <location filename="../../ifdesk/ui/views/programmes.py" line="70"/>
        <source>&amp;Modifier</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/companies.py" line="195"/>
        <source>Aucune entreprise</source>
        <translation>No company</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/companies.py" line="195"/>
        <source>1 entreprise</source>
        <translation>1 company</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/companies.py" line="195"/>
        <source>entreprises</source>
        <translation>companies</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/companies.py" line="198"/>
        <source>{n} attribuée(s) par le bureau</source>
        <translation>{n} assigned by the office</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/main_window.py" line="53"/>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="43"/>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="82"/>
        <source>Synthèse</source>
        <translation>Synthesis</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="45"/>
        <source>Ouvrez un diagnostic pour voir sa synthèse.</source>
        <translation>Open a diagnostic to see its synthesis.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="49"/>
        <source>&amp;Terminer le diagnostic</source>
        <translation>&amp;Complete the diagnostic</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="50"/>
        <source>R&amp;ouvrir (nouvelle révision)</source>
        <translation>R&amp;eopen (new revision)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="52"/>
        <source>← &amp;Questionnaire</source>
        <translation>← &amp;Questionnaire</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="69"/>
        <source>Il manque des réponses</source>
        <translation>Answers are missing</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="74"/>
        <source>Critères sans réponse</source>
        <translation>Criteria without an answer</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="182"/>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="123"/>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="75"/>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="107"/>
        <source>Indice global</source>
        <translation>Overall index</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="95"/>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="120"/>
        <source>Scores par thème</source>
        <translation>Scores per theme</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="98"/>
        <source>Priorités</source>
        <translation>Priorities</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="122"/>
        <source>Priorités (écart × poids, × 1,5 si jugé important)</source>
        <translation>Priorities (gap × weight, × 1.5 if deemed important)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="127"/>
        <source>Ce que l&apos;entreprise fait bien, sur quoi s&apos;appuyer</source>
        <translation>What the company does well, what to build on</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="128"/>
        <source>Ce qui freine, les risques observés</source>
        <translation>What holds it back, the risks observed</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="131"/>
        <source>Points &amp;forts</source>
        <translation>&amp;Strengths</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="131"/>
        <source>Points fai&amp;bles</source>
        <translation>&amp;Weaknesses</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="143"/>
        <source>Plan d&apos;actions</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="148"/>
        <source>&amp;Ajouter une action…</source>
        <translation>&amp;Add an action…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="149"/>
        <source>&amp;Modifier…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="150"/>
        <source>Suppr&amp;imer</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="151"/>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="152"/>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="153"/>
        <source>Suggérer depuis les écarts</source>
        <translation>Suggest from the gaps</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="153"/>
        <source>Ajoute une action pour chacune des premières priorités</source>
        <translation>Adds an action for each of the top priorities</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="162"/>
        <source>Réponses du diagnostic</source>
        <translation>Diagnostic answers</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="84"/>
        <source>&amp;Scores et priorités</source>
        <translation>Scores and &amp;priorities</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="85"/>
        <source>Points forts et faibl&amp;es</source>
        <translation>Strengths and weak&amp;nesses</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="86"/>
        <source>&amp;Plan d&apos;actions</source>
        <translation>Action p&amp;lan</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="171"/>
        <source>Prochaines étapes et contact</source>
        <translation>Next steps and contact</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="173"/>
        <source>Ré&amp;ponses</source>
        <translation>Ans&amp;wers</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="241"/>
        <source>Synthèse — </source>
        <translation>Synthesis — </translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/review_panel.py" line="25"/>
        <source>Toutes les revues</source>
        <translation>All reviews</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/review_panel.py" line="26"/>
        <source>Approuvés</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/review_panel.py" line="27"/>
        <source>Rejetés</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/review_panel.py" line="48"/>
        <source>Demander des modifications</source>
        <translation>Request changes</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/review_panel.py" line="48"/>
        <source>Rejeter le diagnostic</source>
        <translation>Reject the diagnostic</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/review_panel.py" line="50"/>
        <source>Ce que l&apos;expert doit reprendre (il le verra sur son diagnostic) :</source>
        <translation>What the expert must rework (they will see it on their diagnostic):</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/review_panel.py" line="52"/>
        <source>La raison du rejet (l&apos;expert la verra ; un diagnostic rejeté ne compte pas dans les objectifs) :</source>
        <translation>The reason for the rejection (the expert will see it; a rejected diagnostic does not count towards the objectives):</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/review_panel.py" line="56"/>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/review_panel.py" line="61"/>
        <source>Envoyer la demande</source>
        <translation>Send the request</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/review_panel.py" line="61"/>
        <source>Rejeter</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/review_panel.py" line="74"/>
        <source>Un commentaire est nécessaire.</source>
        <translation>A comment is required.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/review_panel.py" line="102"/>
        <source>&amp;Approuver</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/review_panel.py" line="103"/>
        <source>&amp;Demander des modifications…</source>
        <translation>&amp;Request changes…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/review_panel.py" line="104"/>
        <source>Re&amp;jeter…</source>
        <translation>Re&amp;ject…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/review_panel.py" line="141"/>
        <source>Décision du {d}</source>
        <translation>Decision of {d}</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/review_panel.py" line="143"/>
        <source>envoyée à l&apos;expert</source>
        <translation>sent to the expert</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/review_panel.py" line="144"/>
        <source>partira avec la prochaine distribution</source>
        <translation>will go with the next distribution</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/review_panel.py" line="146"/>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="242"/>
        <source>révision</source>
        <translation>revision</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/review_panel.py" line="148"/>
        <source>Rouvrez le diagnostic pour répondre par une nouvelle révision.</source>
        <translation>Reopen the diagnostic to answer with a new revision.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/review_panel.py" line="151"/>
        <source>Diagnostic reçu, en attente de revue : lisez les réponses, la synthèse et le plan d&apos;actions, puis décidez.</source>
        <translation>Diagnostic received, awaiting review: read the answers, the synthesis and the action plan, then decide.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/review_panel.py" line="165"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/review_panel.py" line="167"/>
        <source>Constat</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="243"/>
        <source>critères renseignés</source>
        <translation>criteria answered</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="246"/>
        <source>Pas encore de score</source>
        <translation>No score yet</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/editor.py" line="252"/>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="246"/>
        <source>« {l} »</source>
        <translation>&quot;{l}&quot;</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="247"/>
        <source>Cible :</source>
        <translation>Target:</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="276"/>
        <source>Diagnostic reçu d&apos;un expert : le bureau le passe en revue, seul son auteur peut en faire une nouvelle révision.</source>
        <translation>Diagnostic received from an expert: the office reviews it; only its author can make a new revision.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="281"/>
        <source>Diagnostic reçu de {n} : le bureau ne le modifie pas, il le passe en revue (approuver, demander des modifications, rejeter).</source>
        <translation>Diagnostic received from {n}: the office does not edit it, it reviews it (approve, request changes, reject).</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="284"/>
        <source>Ce diagnostic est {s} : il est figé. « Rouvrir » en fait une nouvelle révision, modifiable.</source>
        <translation>This diagnostic is {s}: it is frozen. &quot;Reopen&quot; makes a new, editable revision.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="293"/>
        <source>Modifié…</source>
        <translation>Modified…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="36"/>
        <source>(cible {t})</source>
        <translation>(target {t})</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="49"/>
        <source>Diagnostics en conflit</source>
        <translation>Diagnostics in conflict</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="58"/>
        <source>Révisions côte à côte</source>
        <translation>Revisions side by side</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="67"/>
        <source>Aucun diagnostic n&apos;attend de décision.</source>
        <translation>No diagnostic awaits a decision.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="70"/>
        <source>Les cellules surlignées diffèrent de la révision courante (première colonne). Choisissez la version à garder : l&apos;autre reste conservée dans l&apos;historique, et la décision est inscrite au journal.</source>
        <translation>Highlighted cells differ from the current revision (first column). Choose the version to keep: the other stays in the history, and the decision is written to the journal.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="118"/>
        <source>(courante)</source>
        <translation>(current)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="118"/>
        <source>(en attente)</source>
        <translation>(on hold)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="121"/>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="73"/>
        <source>Terminé le</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="122"/>
        <source>Empreinte du contenu</source>
        <translation>Content hash</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="134"/>
        <source>note différente</source>
        <translation>different note</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="136"/>
        <source>Réponses qui diffèrent : {n}</source>
        <translation>Differing answers: {n}</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="139"/>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="298"/>
        <source>Points forts</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="140"/>
        <source>Actions du plan</source>
        <translation>Action plan items</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="146"/>
        <source>Révision {r} · {h}</source>
        <translation>Revision {r} · {h}</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="155"/>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="195"/>
        <source>Garder cette révision</source>
        <translation>Keep this revision</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="157"/>
        <source>Faire de cette version la révision courante (décision inscrite au journal)</source>
        <translation>Make this version the current revision (the decision is journaled)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="192"/>
        <source>Résoudre le conflit</source>
        <translation>Resolve the conflict</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="193"/>
        <source>Garder la révision {r} (empreinte {h}…) de « {c} » comme révision courante ?</source>
        <translation>Keep revision {r} (hash {h}…) of &quot;{c}&quot; as the current revision?</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="196"/>
        <source>Les autres versions restent conservées dans l&apos;historique. La décision est inscrite au journal des imports.</source>
        <translation>The other versions stay in the history. The decision is written to the import journal.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="298"/>
        <source>Points faibles</source>
        <translation>Weaknesses</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="300"/>
        <source> : texte trop long, {n} caractères au plus. Rien n&apos;a été enregistré.</source>
        <translation>: text too long, {n} characters at most. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="330"/>
        <source>Diagnostic précédent du {d} : indice {a} → {b} ; {n} action(s) réalisée(s).</source>
        <translation>Previous diagnostic of {d}: index {a} → {b}; {n} action(s) done.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="335"/>
        <source>Entreprises comparables ({n} entreprises, division {s}, {c}) : médiane {m}, moitié centrale de {q1} à {q3}.</source>
        <translation>Comparable companies ({n} companies, division {s}, {c}): median {m}, middle half from {q1} to {q3}.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="380"/>
        <source>Aucune nouvelle suggestion : fixez des niveaux cibles au-dessus des niveaux actuels.</source>
        <translation>No new suggestion: set target levels above the current levels.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="414"/>
        <source>Choisissez un critère (Entrée) pour y aller.</source>
        <translation>Choose a criterion (Enter) to go there.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/log.py" line="100"/>
        <source>Un problème inattendu est survenu</source>
        <translation>Something unexpected happened</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/log.py" line="101"/>
        <location filename="../../ifdesk/ui/ops.py" line="426"/>
        <source>L&apos;opération n&apos;a pas pu aboutir. Vos réponses déjà enregistrées sont conservées.</source>
        <translation>The operation could not be completed. Your answers already saved are kept.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/log.py" line="104"/>
        <location filename="../../ifdesk/ui/ops.py" line="430"/>
        <source>Le détail technique est dans le journal :</source>
        <translation>The technical details are in the log:</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/main_window.py" line="44"/>
        <source>ifdesk — Diagnostics Industrie du Futur</source>
        <translation>ifdesk — Industrie du Futur diagnostics</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/main_window.py" line="53"/>
        <location filename="../../ifdesk/ui/views/sync.py" line="80"/>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/main_window.py" line="53"/>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="93"/>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="175"/>
        <source>Tableau de bord</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/main_window.py" line="52"/>
        <source>Diagnostic en cours</source>
        <translation>Current diagnostic</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/main_window.py" line="54"/>
        <location filename="../../ifdesk/ui/views/register.py" line="91"/>
        <source>Référencement</source>
        <translation>Referencing</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/main_window.py" line="59"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/main_window.py" line="70"/>
        <source>Industrie du Futur</source>
        <translation>Industrie du Futur</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/main_window.py" line="270"/>
        <source>Ouvrez d&apos;abord un diagnostic</source>
        <translation>Open a diagnostic first</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/radar.py" line="29"/>
        <source>Radar des niveaux par thème</source>
        <translation>Radar of levels per theme</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/radar.py" line="93"/>
        <source>Le radar apparaît dès trois thèmes.</source>
        <translation>The radar appears from three themes on.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="210"/>
        <location filename="../../ifdesk/ui/radar.py" line="134"/>
        <source>Niveau actuel</source>
        <translation>Current level</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="211"/>
        <location filename="../../ifdesk/ui/models.py" line="224"/>
        <location filename="../../ifdesk/ui/radar.py" line="134"/>
        <location filename="../../ifdesk/ui/views/review_panel.py" line="166"/>
        <source>Cible</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/ops.py" line="325"/>
        <source>Veuillez patienter</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/ops.py" line="422"/>
        <source>Opération refusée</source>
        <translation>Operation refused</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/ops.py" line="427"/>
        <source>Un problème est survenu</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="155"/>
        <location filename="../../ifdesk/ui/views/proposals.py" line="21"/>
        <source>Raison sociale</source>
        <translation>Company name</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="156"/>
        <location filename="../../ifdesk/ui/views/proposals.py" line="42"/>
        <location filename="../../ifdesk/ui/views/sync_distribute.py" line="37"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="157"/>
        <location filename="../../ifdesk/ui/views/proposals.py" line="23"/>
        <source>Ville</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="158"/>
        <location filename="../../ifdesk/ui/views/programmes.py" line="32"/>
        <location filename="../../ifdesk/ui/views/proposals.py" line="21"/>
        <location filename="../../ifdesk/ui/views/register.py" line="50"/>
        <source>Région</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="159"/>
        <location filename="../../ifdesk/ui/views/proposals.py" line="21"/>
        <source>NAF</source>
        <translation>NAF</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="160"/>
        <location filename="../../ifdesk/ui/views/proposals.py" line="22"/>
        <source>Effectif</source>
        <translation>Headcount</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="162"/>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="169"/>
        <source>Brouillon</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="169"/>
        <source>Terminé</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="169"/>
        <source>Exporté</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="177"/>
        <location filename="../../ifdesk/ui/views/proposals.py" line="41"/>
        <location filename="../../ifdesk/ui/views/sync_distribute.py" line="37"/>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="70"/>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="123"/>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="156"/>
        <source>Entreprise</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="178"/>
        <location filename="../../ifdesk/ui/models.py" line="257"/>
        <location filename="../../ifdesk/ui/views/register.py" line="38"/>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="57"/>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="71"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="180"/>
        <source>Visite</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="181"/>
        <source>Modifié</source>
        <translation>Modified</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="184"/>
        <source>Référentiel</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="185"/>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="47"/>
        <location filename="../../ifdesk/ui/views/register.py" line="35"/>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="120"/>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="186"/>
        <location filename="../../ifdesk/ui/views/review_panel.py" line="88"/>
        <source>Revue du bureau</source>
        <translation>Office review</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="192"/>
        <source>Approuvé</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="193"/>
        <location filename="../../ifdesk/ui/views/review_panel.py" line="26"/>
        <source>Modifications demandées</source>
        <translation>Changes requested</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="193"/>
        <source>Rejeté</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="209"/>
        <location filename="../../ifdesk/ui/views/review_panel.py" line="163"/>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="212"/>
        <source>Réponses</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="221"/>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="222"/>
        <location filename="../../ifdesk/ui/views/review_panel.py" line="164"/>
        <source>Critère</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="223"/>
        <source>Actuel</source>
        <translation>Current</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="225"/>
        <source>Écart</source>
        <translation>Gap</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="226"/>
        <location filename="../../ifdesk/ui/models.py" line="258"/>
        <source>Priorité</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="231"/>
        <source>Haute</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="231"/>
        <source>Moyenne</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="231"/>
        <source>Basse</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="235"/>
        <source>Court terme (&lt; 6 mois)</source>
        <translation>Short term (&lt; 6 months)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="235"/>
        <source>Moyen terme (6–18 mois)</source>
        <translation>Medium term (6–18 months)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="236"/>
        <source>Long terme (&gt; 18 mois)</source>
        <translation>Long term (&gt; 18 months)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="240"/>
        <source>Prévue</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="240"/>
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="240"/>
        <source>Réalisée</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="241"/>
        <source>Abandonnée</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="256"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="259"/>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="260"/>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="261"/>
        <source>Coût estimé</source>
        <translation>Cost estimate</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="262"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="271"/>
        <source>Identifiant</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="272"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="273"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="274"/>
        <source>Critères</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="275"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/i18n.py" line="120"/>
        <source>aujourd&apos;hui</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="44"/>
        <source>Sauvegarder l&apos;identité</source>
        <translation>Back up the identity</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="46"/>
        <location filename="../../ifdesk/ui/views/identity.py" line="64"/>
        <source>Sauvegardes d&apos;identité ifdesk (*.ifidentity)</source>
        <translation>ifdesk identity backups (*.ifidentity)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="49"/>
        <source>Phrase secrète de votre identité (elle chiffre aussi la sauvegarde) :</source>
        <translation>Your identity&apos;s passphrase (it also encrypts the backup):</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="58"/>
        <source>Identité sauvegardée dans {p}, chiffrée par votre phrase secrète. Gardez ce fichier hors de l&apos;ordinateur (clé USB rangée, coffre).</source>
        <translation>Identity backed up to {p}, encrypted with your passphrase. Keep this file off the computer (a USB key put away, a safe).</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="64"/>
        <location filename="../../ifdesk/ui/views/identity.py" line="70"/>
        <source>Restaurer une identité</source>
        <translation>Restore an identity</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="71"/>
        <source>Remplacer l&apos;identité {k} par celle de la sauvegarde ?</source>
        <translation>Replace identity {k} with the one in the backup?</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="72"/>
        <source>Remplacer</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="73"/>
        <source>L&apos;identité actuelle sera perdue si vous ne l&apos;avez pas sauvegardée.</source>
        <translation>The current identity will be lost if you have not backed it up.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="75"/>
        <source>Phrase secrète de l&apos;identité sauvegardée :</source>
        <translation>Passphrase of the backed-up identity:</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="82"/>
        <source>Identité {k} restaurée depuis {p}.</source>
        <translation>Identity {k} restored from {p}.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="88"/>
        <source>Exporter l&apos;identité age</source>
        <translation>Export the age identity</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="89"/>
        <source>Identités age (*.agekey *.txt)</source>
        <translation>age identities (*.agekey *.txt)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="92"/>
        <source>Phrase secrète du bureau :</source>
        <translation>The office&apos;s passphrase:</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="98"/>
        <source>Identité age écrite dans {p} (lisible par vous seul) : « age -d -i {p} paquet.ifbundle.age » déchiffre un paquet sans ifdesk. Ce fichier ouvre tous les paquets du bureau : ne le copiez nulle part.</source>
        <translation>age identity written to {p} (readable by you only): &quot;age -d -i {p} bundle.ifbundle.age&quot; decrypts a bundle without ifdesk. This file opens all the office&apos;s bundles: do not copy it anywhere.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="113"/>
        <source>Votre identité de signature</source>
        <translation>Your signing identity</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="124"/>
        <source>Une identité signe les paquets que vous exportez : le destinataire sait qu&apos;ils viennent de vous et qu&apos;ils n&apos;ont pas été modifiés. Sa clé privée reste dans cet espace de travail, chiffrée par votre phrase secrète ; elle vous sera demandée à chaque export.</source>
        <translation>An identity signs the bundles you export: the recipient knows they come from you and were not changed. Its private key stays in this workspace, encrypted by your passphrase; you are asked for it at each export.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="130"/>
        <source>Prénom Nom, ou nom du bureau</source>
        <translation>First name Last name, or the office&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="132"/>
        <source>Cabinet, CCI, Région…</source>
        <translation>Consultancy, chamber of commerce, Region…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="134"/>
        <source>Expert (diagnostics sur site)</source>
        <translation>Expert (on-site diagnostics)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="135"/>
        <source>Bureau régional (reçoit et déchiffre les paquets)</source>
        <translation>Regional office (receives and decrypts bundles)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="136"/>
        <source>National (référencement des experts, pilotage national)</source>
        <translation>National (expert referencing, national steering)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="141"/>
        <source>No&amp;m</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="142"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="143"/>
        <source>&amp;Rôle</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="144"/>
        <source>&amp;Phrase secrète (12 caractères au moins)</source>
        <translation>&amp;Passphrase (at least 12 characters)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="145"/>
        <source>pas une suite ni un mot courant : une phrase de plusieurs mots</source>
        <translation>not a run nor a common word: a sentence of several words</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="146"/>
        <source>Phrase secrète, une seconde &amp;fois</source>
        <translation>Passphrase, a second &amp;time</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="147"/>
        <source>&amp;Créer l&apos;identité</source>
        <translation>&amp;Create the identity</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="161"/>
        <source>Restaurer une identité &amp;sauvegardée…</source>
        <translation>Restore a &amp;backed-up identity…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="162"/>
        <source>Reprendre l&apos;identité d&apos;un autre ordinateur depuis sa sauvegarde (.ifidentity)</source>
        <translation>Take over another computer&apos;s identity from its backup (.ifidentity)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="180"/>
        <source>Empreinte, à lire par téléphone à vos correspondants (8 groupes de 4 caractères) :</source>
        <translation>Fingerprint, to read out by phone to your correspondents (8 groups of 4 characters):</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="202"/>
        <source>E&amp;xporter ma carte d&apos;identité…</source>
        <translation>E&amp;xport my identity card…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="203"/>
        <source>C&amp;hanger de clé…</source>
        <translation>C&amp;hange key…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="204"/>
        <source>Une nouvelle clé, contre-signée par l&apos;actuelle (nouvel ordinateur, clé à renouveler)</source>
        <translation>A new key, countersigned by the current one (new computer, key to renew)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="205"/>
        <source>Envoyez la carte (fichier .json, par courriel ou clé USB) à vos correspondants, puis lisez-leur l&apos;empreinte par téléphone : ils l&apos;enrôlent après l&apos;avoir comparée.</source>
        <translation>Send the card (.json file, by e-mail or USB key) to your correspondents, then read them the fingerprint by phone: they enrol it after comparing.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="216"/>
        <source>&amp;Sauvegarder l&apos;identité…</source>
        <translation>&amp;Back up the identity…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="217"/>
        <source>Un fichier chiffré par votre phrase secrète, à garder hors de l&apos;ordinateur</source>
        <translation>A file encrypted with your passphrase, to keep off the computer</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="218"/>
        <source>Rest&amp;aurer…</source>
        <translation>Rest&amp;ore…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="218"/>
        <source>Remplacer cette identité par une sauvegarde</source>
        <translation>Replace this identity with a backup</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="219"/>
        <source>Exporter l&apos;i&amp;dentité age…</source>
        <translation>Export the age i&amp;dentity…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="220"/>
        <source>Bureau : la clé de déchiffrement au format de l&apos;outil age standard (age -d -i)</source>
        <translation>Office: the decryption key in the standard age tool&apos;s format (age -d -i)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="248"/>
        <source>Clé {k} · créée le {d}</source>
        <translation>Key {k} · created on {d}</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="251"/>
        <source>Empreinte : </source>
        <translation>Fingerprint: </translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="278"/>
        <source>Les deux saisies de la phrase secrète diffèrent.</source>
        <translation>The two passphrase entries differ.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="287"/>
        <source>Création de la clé… (quelques secondes pour un bureau)</source>
        <translation>Creating the key… (a few seconds for an office)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="318"/>
        <location filename="../../ifdesk/ui/views/identity.py" line="320"/>
        <source>Changer de clé</source>
        <translation>Change key</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="319"/>
        <source>Remplacer la clé {k} par une nouvelle clé ?</source>
        <translation>Replace key {k} with a new key?</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="321"/>
        <source>La nouvelle carte est contre-signée par l&apos;ancienne clé : vos correspondants l&apos;enrôlent sans relire d&apos;empreinte et elle remplace l&apos;ancienne. Envoyez-la avant votre prochain export : les paquets signés par l&apos;ancienne clé seront ensuite refusés.</source>
        <translation>The new card is countersigned by the old key: your correspondents enrol it without reading a fingerprint, and it replaces the old one. Send it before your next export: bundles signed by the old key will then be refused.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="326"/>
        <source>Phrase secrète de votre identité, pour contre-signer la nouvelle clé :</source>
        <translation>Passphrase of your identity, to countersign the new key:</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="334"/>
        <source>Nouvelle clé {k}, qui remplace {o}. Exportez la nouvelle carte et envoyez-la à vos correspondants.</source>
        <translation>New key {k}, replacing {o}. Export the new card and send it to your correspondents.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="351"/>
        <source>Exporter la carte d&apos;identité</source>
        <translation>Export the identity card</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="352"/>
        <source>Cartes d&apos;identité ifdesk (*.json)</source>
        <translation>ifdesk identity cards (*.json)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="361"/>
        <source>Carte écrite dans {p}</source>
        <translation>Card written to {p}</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="80"/>
        <source>Échanges signés avec le bureau régional : paquets .ifbundle sur clé USB ou par courriel.</source>
        <translation>Signed exchanges with the regional office: .ifbundle bundles on a USB key or by e-mail.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="83"/>
        <location filename="../../ifdesk/ui/views/sync.py" line="253"/>
        <source>Exporter les diagnostics terminés</source>
        <translation>Export completed diagnostics</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="87"/>
        <source>Diagnostics à exporter</source>
        <translation>Diagnostics to export</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="93"/>
        <source>&amp;Chiffrer pour le bureau régional</source>
        <translation>&amp;Encrypt for the regional office</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="101"/>
        <source>Tout cocher</source>
        <translation>Check all</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="102"/>
        <source>Aucun</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="103"/>
        <source>E&amp;xporter vers…</source>
        <translation>E&amp;xport to…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="105"/>
        <source>Un dossier : un paquet par diagnostic…</source>
        <translation>A folder: one bundle per diagnostic…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="106"/>
        <source>Un seul fichier pour la sélection…</source>
        <translation>One file for the selection…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="109"/>
        <source>Une révision conservée du diagnostic coché…</source>
        <translation>A kept revision of the checked diagnostic…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="110"/>
        <source>Une révision précédente, par exemple pour un bureau enrôlé depuis</source>
        <translation>An earlier revision, for example for an office enrolled since then</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="114"/>
        <source>&amp;Distribuer aux experts…</source>
        <translation>&amp;Distribute to experts…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="115"/>
        <source>&amp;Transmettre au national…</source>
        <translation>&amp;Forward to the national level…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="116"/>
        <source>Les paquets originaux des experts et les programmes, chiffrés pour le national</source>
        <translation>The experts&apos; original bundles and the programmes, encrypted for the national level</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="117"/>
        <source>Créer mon &amp;identité…</source>
        <translation>Create my &amp;identity…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="130"/>
        <source>Importer des paquets reçus</source>
        <translation>Import received bundles</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="131"/>
        <source>Déposez ici des paquets .ifbundle ou un dossier</source>
        <translation>Drop .ifbundle bundles or a folder here</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="139"/>
        <source>Importer des &amp;fichiers…</source>
        <translation>Import &amp;files…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="140"/>
        <source>Importer un d&amp;ossier…</source>
        <translation>Import a f&amp;older…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="158"/>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="161"/>
        <source>Résultat de chaque fichier</source>
        <translation>Result of each file</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="166"/>
        <location filename="../../ifdesk/ui/views/sync.py" line="170"/>
        <source>Journal des imports</source>
        <translation>Import journal</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="168"/>
        <source>Résultat du dernier import</source>
        <translation>Result of the last import</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="169"/>
        <location filename="../../ifdesk/ui/views/sync.py" line="257"/>
        <source>Conflits</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="172"/>
        <location filename="../../ifdesk/ui/views/sync.py" line="199"/>
        <source>Propositions d&apos;entreprises</source>
        <translation>Company proposals</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="198"/>
        <source>Propositions d&apos;entreprises ({n})</source>
        <translation>Company proposals ({n})</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="234"/>
        <source>Créez d&apos;abord votre identité de signature (Paramètres › Identité et confiance) : les paquets sont signés par votre clé.</source>
        <translation>First create your signing identity (Settings › Identity and trust): bundles are signed by your key.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="237"/>
        <source>Bureau régional : vous recevez les paquets des experts et leur distribuez référentiels et entreprises.</source>
        <translation>Regional office: you receive the experts&apos; bundles and distribute référentiels and companies to them.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="239"/>
        <source>Paquets chiffrés pour : {o}. Décochez « Chiffrer » seulement pour un échange sans le bureau.</source>
        <translation>Bundles encrypted for: {o}. Uncheck &quot;Encrypt&quot; only for an exchange without the office.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="242"/>
        <source>Aucun bureau régional enrôlé : les paquets seront signés mais pas chiffrés. Enrôlez sa carte (Paramètres › Identité et confiance) pour les chiffrer.</source>
        <translation>No regional office enrolled: bundles will be signed but not encrypted. Enrol its card (Settings › Identity and trust) to encrypt them.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="253"/>
        <location filename="../../ifdesk/ui/views/sync_distribute.py" line="25"/>
        <source>Distribuer aux experts</source>
        <translation>Distribute to experts</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="257"/>
        <source>Conflits à examiner ({n})</source>
        <translation>Conflicts to review ({n})</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="276"/>
        <source>La distribution aux experts n&apos;est pas disponible dans cette version.</source>
        <translation>Distribution to experts is not available in this version.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="279"/>
        <source>Un paquet signé de référentiels et d&apos;entreprises attribuées, pour les experts</source>
        <translation>A signed bundle of référentiels and assigned companies, for the experts</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="295"/>
        <source>Clé « {l} » ({p})</source>
        <translation>Drive &quot;{l}&quot; ({p})</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="301"/>
        <source>Cochez au moins un diagnostic à exporter.</source>
        <translation>Check at least one diagnostic to export.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="307"/>
        <source>Dossier ou clé USB où écrire les paquets</source>
        <translation>Folder or USB key where to write the bundles</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="319"/>
        <location filename="../../ifdesk/ui/views/sync.py" line="349"/>
        <source>Paquet à écrire</source>
        <translation>Bundle to write</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="37"/>
        <source>Régions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="38"/>
        <source>référencé</source>
        <translation>referenced</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="38"/>
        <source>dé-référencé</source>
        <translation>de-referenced</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="39"/>
        <source>Depuis</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="40"/>
        <source>Jusqu&apos;au</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="49"/>
        <source>Bureau régional</source>
        <translation>Regional office</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="50"/>
        <source>à fixer</source>
        <translation>to be set</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="51"/>
        <source>Programmes reçus le</source>
        <translation>Programmes received on</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="59"/>
        <source>Dé-référencer un expert</source>
        <translation>De-reference an expert</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="61"/>
        <source>À partir de cette date, les paquets signés par {n} seront refusés par les bureaux qui auront importé le registre publié ensuite. Ses diagnostics déjà reçus restent, marqués.</source>
        <translation>From this date, bundles signed by {n} will be refused by the offices that import the register published next. Their diagnostics already received stay, marked.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="70"/>
        <source>par ex. fin de la convention de référencement</source>
        <translation>e.g. end of the referencing agreement</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="72"/>
        <source>&amp;Raison :</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="74"/>
        <source>Dé-référencer</source>
        <translation>De-reference</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="91"/>
        <source>Le registre national des experts référencés</source>
        <translation>The national register of referenced experts</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="92"/>
        <location filename="../../ifdesk/ui/views/register.py" line="99"/>
        <source>Registre des experts référencés</source>
        <translation>Register of referenced experts</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="93"/>
        <source>Les bureaux et les experts qui ont enrôlé la carte nationale importent le registre publié : un paquet signé par un expert référencé y est alors accepté sans enrôler cet expert.</source>
        <translation>Offices and experts who enrolled the national card import the published register: a bundle signed by a referenced expert is then accepted without enrolling that expert.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="104"/>
        <source>&amp;Référencer une carte…</source>
        <translation>&amp;Reference a card…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="105"/>
        <source>&amp;Dé-référencer…</source>
        <translation>De-re&amp;ference…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="106"/>
        <source>&amp;Publier le registre…</source>
        <translation>&amp;Publish the register…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="114"/>
        <location filename="../../ifdesk/ui/views/register.py" line="120"/>
        <source>Bureaux régionaux enrôlés</source>
        <translation>Enrolled regional offices</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="115"/>
        <source>Un paquet de programmes n&apos;est accepté que d&apos;un bureau enrôlé, pour la région fixée ici.</source>
        <translation>A programmes bundle is accepted only from an enrolled office, for the region set here.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="125"/>
        <source>Fixer la ré&amp;gion…</source>
        <translation>Set the re&amp;gion…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="156"/>
        <source>{n} expert(s) référencé(s)</source>
        <translation>{n} referenced expert(s)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="158"/>
        <source>dernière publication : registre n° {s}, {d}</source>
        <translation>last publication: register no. {s}, {d}</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="161"/>
        <source>registre jamais publié</source>
        <translation>register never published</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="170"/>
        <source>Carte d&apos;identité de l&apos;expert à référencer</source>
        <translation>Identity card of the expert to reference</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="185"/>
        <location filename="../../ifdesk/ui/views/register.py" line="192"/>
        <source>Référencer un expert</source>
        <translation>Reference an expert</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="186"/>
        <source>{n} — {o}
Clé {k}

Saisissez l&apos;empreinte que l&apos;expert vous lit par téléphone :</source>
        <translation>{n} — {o}
Key {k}

Type the fingerprint the expert reads to you over the phone:</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="189"/>
        <source>Référencement annulé : rien n&apos;a été enregistré.</source>
        <translation>Referencing cancelled: nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="193"/>
        <source>Régions où l&apos;expert intervient (codes INSEE séparés par des virgules, facultatif) :</source>
        <translation>Regions where the expert works (INSEE codes separated by commas, optional):</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="199"/>
        <source>{n} était déjà référencé(e).</source>
        <translation>{n} was already referenced.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="200"/>
        <source>{n} référencé(e). Publiez le registre pour que les bureaux le sachent.</source>
        <translation>{n} referenced. Publish the register so that the offices know.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="217"/>
        <source>{n} dé-référencé(e) à partir du {d}. Publiez le registre.</source>
        <translation>{n} de-referenced from {d}. Publish the register.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="224"/>
        <source>Publier le registre</source>
        <translation>Publish the register</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="225"/>
        <location filename="../../ifdesk/ui/views/sync.py" line="319"/>
        <location filename="../../ifdesk/ui/views/sync.py" line="349"/>
        <location filename="../../ifdesk/ui/views/sync_distribute.py" line="101"/>
        <source>Paquets ifdesk (*.ifbundle)</source>
        <translation>ifdesk bundles (*.ifbundle)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="228"/>
        <source>Phrase secrète de l&apos;identité nationale, pour signer le registre :</source>
        <translation>Passphrase of the national identity, to sign the register:</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="234"/>
        <source>Registre n° {s} publié dans {p} : envoyez-le aux bureaux régionaux et aux experts.</source>
        <translation>Register no. {s} published in {p}: send it to the regional offices and the experts.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="244"/>
        <source>Choisissez d&apos;abord un bureau dans la liste.</source>
        <translation>First choose an office in the list.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="247"/>
        <source>Région du bureau</source>
        <translation>Office&apos;s region</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="248"/>
        <source>Code INSEE de la région de {n} (par ex. 84) :</source>
        <translation>INSEE code of {n}&apos;s region (e.g. 84):</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="331"/>
        <source>Cochez un seul diagnostic pour choisir l&apos;une de ses révisions.</source>
        <translation>Check a single diagnostic to choose one of its revisions.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="336"/>
        <source>Révision {r} — terminée le {d}</source>
        <translation>Revision {r} — completed on {d}</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="339"/>
        <source>Ce diagnostic n&apos;a aucune révision terminée à exporter.</source>
        <translation>This diagnostic has no completed revision to export.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="342"/>
        <source>Révision à exporter</source>
        <translation>Revision to export</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="342"/>
        <source>&amp;Révision :</source>
        <translation>&amp;Revision:</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="361"/>
        <source>Phrase secrète de votre identité, pour signer {n} diagnostic(s) :</source>
        <translation>Your identity&apos;s passphrase, to sign {n} diagnostic(s):</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="372"/>
        <source>{n} paquet(s) signé(s) et chiffré(s) écrit(s) dans {p}</source>
        <translation>{n} signed and encrypted bundle(s) written to {p}</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="373"/>
        <source>{n} paquet(s) signé(s), non chiffré(s), écrit(s) dans {p}</source>
        <translation>{n} signed, unencrypted bundle(s) written to {p}</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="382"/>
        <source>Export interrompu : les paquets déjà écrits sont complets.</source>
        <translation>Export interrupted: the bundles already written are complete.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="388"/>
        <source>Export…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="392"/>
        <source>Paquets à importer</source>
        <translation>Bundles to import</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="393"/>
        <source>Paquets ifdesk (*.ifbundle);;Tous les fichiers (*)</source>
        <translation>ifdesk bundles (*.ifbundle);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="398"/>
        <source>Dossier de paquets à importer</source>
        <translation>Folder of bundles to import</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="405"/>
        <source>Importer un paquet</source>
        <translation>Import a bundle</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="406"/>
        <source>Importer {f} dans cet espace de travail ?</source>
        <translation>Import {f} into this workspace?</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="406"/>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="407"/>
        <source>Le paquet est vérifié (signature, contenu) avant que rien ne soit écrit.</source>
        <translation>The bundle is verified (signature, content) before anything is written.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="417"/>
        <source>Recherche des paquets…</source>
        <translation>Looking for bundles…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="422"/>
        <source>Aucun paquet .ifbundle trouvé.</source>
        <translation>No .ifbundle bundle found.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="434"/>
        <source>Phrase secrète incorrecte. Essayez de nouveau :</source>
        <translation>Wrong passphrase. Try again:</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="435"/>
        <source>{n} paquet(s) chiffré(s) : la phrase secrète du bureau est nécessaire pour les déchiffrer.</source>
        <translation>{n} encrypted bundle(s): the office&apos;s passphrase is needed to decrypt them.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="439"/>
        <source>Import annulé : rien n&apos;a été importé.</source>
        <translation>Import cancelled: nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="461"/>
        <source>Import des paquets…</source>
        <translation>Importing bundles…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="467"/>
        <source>{n} fichier(s) : {c}</source>
        <translation>{n} file(s): {c}</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="469"/>
        <source>Import interrompu : {k} fichier(s) non traité(s) ; ceux déjà traités sont importés.</source>
        <translation>Import interrupted: {k} file(s) not processed; those already processed are imported.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_dialogs.py" line="20"/>
        <source>Phrase secrète</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_distribute.py" line="29"/>
        <source>Un paquet signé par le bureau : les référentiels à utiliser et les entreprises attribuées à chaque expert enrôlé. Chaque expert l&apos;importe dans sa page Synchronisation.</source>
        <translation>A bundle signed by the office: the référentiels to use and the companies assigned to each enrolled expert. Each expert imports it in their Synchronisation page.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_distribute.py" line="35"/>
        <source>Ajouter un &amp;référentiel…</source>
        <translation>Add a &amp;référentiel…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_distribute.py" line="37"/>
        <source>Attribuée à</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_distribute.py" line="46"/>
        <source>Joindre la &amp;comparaison anonyme entre entreprises (quartiles par secteur et catégorie, diagnostics approuvés, au moins 5 entreprises par cellule)</source>
        <translation>Include the anonymous &amp;comparison between companies (quartiles per sector and size class, approved diagnostics, at least 5 companies per cell)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_distribute.py" line="49"/>
        <source>&amp;Écrire le paquet…</source>
        <translation>&amp;Write the bundle…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="33"/>
        <source>Intitulé</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="34"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="35"/>
        <source>Objectif (entreprises)</source>
        <translation>Objective (companies)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="37"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="38"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="39"/>
        <source>Jalons</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="52"/>
        <location filename="../../ifdesk/ui/views/programmes.py" line="62"/>
        <source>Programmes régionaux</source>
        <translation>Regional programmes</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="56"/>
        <source>Chaque programme a une région, un budget et un objectif en entreprises diagnostiquées sur sa période. Le tableau de bord additionne les programmes d&apos;une région.</source>
        <translation>Each programme has a region, a budget and an objective in companies diagnosed over its period. The dashboard adds up a region&apos;s programmes.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="69"/>
        <source>&amp;Ajouter</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="71"/>
        <source>&amp;Supprimer</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="74"/>
        <location filename="../../ifdesk/ui/views/programmes.py" line="167"/>
        <source>Nouveau programme</source>
        <translation>New programme</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="81"/>
        <source>par ex. 20 800 000</source>
        <translation>e.g. 20 800 000</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="83"/>
        <source>par ex. 221</source>
        <translation>e.g. 221</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="89"/>
        <source>&amp;Budget (€)</source>
        <translation>&amp;Budget (€)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="90"/>
        <source>&amp;Objectif (entreprises)</source>
        <translation>&amp;Objective (companies)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="91"/>
        <source>Dé&amp;but</source>
        <translation>Sta&amp;rt</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="91"/>
        <source>&amp;Fin</source>
        <translation>E&amp;nd</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="93"/>
        <source>par ex. 31/12/2025 = 500 ; 31/12/2026 = 2000</source>
        <translation>e.g. 31/12/2025 = 500; 31/12/2026 = 2000</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="94"/>
        <source>Jalons datés : date = nombre d&apos;entreprises, séparés par des points-virgules</source>
        <translation>Dated milestones: date = number of companies, separated by semicolons</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="95"/>
        <source>&amp;Jalons datés (date = entreprises ; …)</source>
        <translation>Dated &amp;milestones (date = companies; …)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="102"/>
        <location filename="../../ifdesk/ui/views/programmes.py" line="176"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="103"/>
        <source>Abandonner</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/national_dash.py" line="31"/>
        <location filename="../../ifdesk/ui/views/national_dash.py" line="90"/>
        <source>Objectifs nationaux</source>
        <translation>National objectives</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/national_dash.py" line="35"/>
        <source>Objectifs &amp;nationaux…</source>
        <translation>&amp;National objectives…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/national_dash.py" line="35"/>
        <source>Fixer les objectifs nationaux datés</source>
        <translation>Set the dated national objectives</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/national_dash.py" line="56"/>
        <source>{n} région(s) ont transmis leurs programmes</source>
        <translation>{n} region(s) have forwarded their programmes</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/national_dash.py" line="58"/>
        <location filename="../../ifdesk/ui/views/national_dash.py" line="124"/>
        <source>Aucun objectif national fixé.</source>
        <translation>No national objective set.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/national_dash.py" line="66"/>
        <source>{o} entreprises au {d}</source>
        <translation>{o} companies by {d}</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/national_dash.py" line="101"/>
        <location filename="../../ifdesk/ui/views/register.py" line="71"/>
        <source>&amp;Date :</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/national_dash.py" line="102"/>
        <source>&amp;Entreprises diagnostiquées :</source>
        <translation>&amp;Companies diagnosed:</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/national_dash.py" line="106"/>
        <source>Enregistrer l&apos;objectif</source>
        <translation>Save the objective</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/national_dash.py" line="107"/>
        <source>Retirer l&apos;objectif de cette date</source>
        <translation>Remove the objective of this date</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/national_dash.py" line="108"/>
        <location filename="../../ifdesk/ui/views/programmes.py" line="104"/>
        <location filename="../../ifdesk/ui/views/sync_distribute.py" line="51"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/national_dash.py" line="122"/>
        <source>{d} : {o} entreprises ({x} diagnostiquées)</source>
        <translation>{d}: {o} companies ({x} diagnosed)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="154"/>
        <source>Aucun programme</source>
        <translation>No programme</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="154"/>
        <source>{n} programme(s) · {b} · objectif {o} entreprises</source>
        <translation>{n} programme(s) · {b} · objective {o} companies</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="184"/>
        <source>Modifier « {n} »</source>
        <translation>Edit “{n}”</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="249"/>
        <source>Supprimer le programme</source>
        <translation>Delete the programme</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="250"/>
        <source>Supprimer le programme « {n} » ({r}) ? Son budget et son objectif ne seront plus comptés.</source>
        <translation>Delete the programme “{n}” ({r})? Its budget and objective will no longer be counted.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="254"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="255"/>
        <source>Garder</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_distribute.py" line="54"/>
        <source>Référentiels distribués (le plus récent devient celui des nouveaux diagnostics) :</source>
        <translation>Distributed référentiels (the newest becomes the one for new diagnostics):</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_distribute.py" line="56"/>
        <source>Attributions :</source>
        <translation>Assignments:</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_distribute.py" line="81"/>
        <source>Aucun expert enrôlé : enrôlez d&apos;abord leurs cartes (Paramètres › Identité et confiance).</source>
        <translation>No expert enrolled: first enrol their cards (Settings › Identity and trust).</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_distribute.py" line="88"/>
        <source>Référentiel à distribuer</source>
        <translation>Référentiel to distribute</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_distribute.py" line="88"/>
        <source>Référentiels (*.yaml *.yml);;Tous les fichiers (*)</source>
        <translation>Référentiels (*.yaml *.yml);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_distribute.py" line="101"/>
        <source>Paquet de distribution</source>
        <translation>Distribution bundle</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_distribute.py" line="106"/>
        <source>Phrase secrète du bureau, pour signer la distribution :</source>
        <translation>The office&apos;s passphrase, to sign the distribution:</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_distribute.py" line="116"/>
        <source>{p} : distribution signée, {r} référentiel(s), {n} entreprise(s) attribuée(s).</source>
        <translation>{p}: signed distribution, {r} référentiel(s), {n} assigned company(ies).</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_distribute.py" line="120"/>
        <source>Comparaison anonyme : {n} cellule(s).</source>
        <translation>Anonymous comparison: {n} cell(s).</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="24"/>
        <source>expert</source>
        <translation>expert</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="24"/>
        <source>bureau régional</source>
        <translation>regional office</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="24"/>
        <source>national</source>
        <translation>national</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="28"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="28"/>
        <source>révoquée</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="28"/>
        <source>remplacée</source>
        <translation>replaced</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="29"/>
        <source>en attente</source>
        <translation>on hold</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="52"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="36"/>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="53"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="54"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="42"/>
        <location filename="../../ifdesk/ui/views/register.py" line="52"/>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="55"/>
        <source>Clé</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="56"/>
        <source>Empreinte</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="121"/>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="139"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="122"/>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="140"/>
        <source>Résultat</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="124"/>
        <source>Rév.</source>
        <translation>Rev.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="125"/>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="141"/>
        <source>Signataire</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="41"/>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="126"/>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="142"/>
        <source>Raison</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="138"/>
        <source>Quand</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="151"/>
        <source>rév. {r} en double</source>
        <translation>rev. {r} twice</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="152"/>
        <source>rév. {r} manquante</source>
        <translation>rev. {r} missing</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="192"/>
        <location filename="../../ifdesk/ui/views/review_panel.py" line="25"/>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="157"/>
        <source>À examiner</source>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="27"/>
        <source>Correspondants enrôlés (magasin de confiance)</source>
        <translation>Enrolled correspondents (trust store)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="31"/>
        <source>Les paquets ne sont acceptés que signés par une clé enrôlée ici. Enrôlez la carte d&apos;un correspondant après avoir comparé son empreinte avec lui, de vive voix.</source>
        <translation>Bundles are accepted only when signed by a key enrolled here. Enrol a correspondent&apos;s card after comparing its fingerprint with them, by voice.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="41"/>
        <source>Clés enrôlées</source>
        <translation>Enrolled keys</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="43"/>
        <source>&amp;Enrôler une carte…</source>
        <translation>&amp;Enrol a card…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="44"/>
        <source>Ré&amp;voquer…</source>
        <translation>Re&amp;voke…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="60"/>
        <source>Aucune carte enrôlée pour l&apos;instant.</source>
        <translation>No card enrolled yet.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="68"/>
        <source>Carte d&apos;identité à enrôler</source>
        <translation>Identity card to enrol</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/register.py" line="171"/>
        <location filename="../../ifdesk/ui/views/trust.py" line="69"/>
        <source>Cartes d&apos;identité ifdesk (*.json);;Tous les fichiers (*)</source>
        <translation>ifdesk identity cards (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="81"/>
        <source>Clé {k}</source>
        <translation>Key {k}</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="81"/>
        <source>Empreinte de la carte :</source>
        <translation>The card&apos;s fingerprint:</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="83"/>
        <source>Appelez {n} par téléphone et faites-vous lire son empreinte, groupe par groupe. N&apos;enrôlez la carte que si les 32 caractères sont identiques : cet espace de travail acceptera ensuite les paquets signés par cette clé.</source>
        <translation>Call {n} by phone and have them read their fingerprint, group by group. Enrol the card only if all 32 characters are identical: this workspace will then accept the bundles signed by this key.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="87"/>
        <source>Cette carte remplace une clé : elle est contre-signée par l&apos;ancienne clé.</source>
        <translation>This card replaces a key: it is countersigned by the old key.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="88"/>
        <source>Enrôler une carte d&apos;identité</source>
        <translation>Enrol an identity card</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="89"/>
        <source>L&apos;empreinte est identique : enrôler</source>
        <translation>The fingerprint is identical: enrol</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="90"/>
        <source>Annuler : elle diffère ou je n&apos;ai pas pu vérifier</source>
        <translation>Cancel: it differs or I could not check</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="92"/>
        <source>Enrôlement annulé : rien n&apos;a été enregistré.</source>
        <translation>Enrolment cancelled: nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="99"/>
        <source>La clé {k} ({n}) était déjà enrôlée.</source>
        <translation>Key {k} ({n}) was already enrolled.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="101"/>
        <source>Clé {k} ({n}) mise en attente : sa rotation change le nom ou l&apos;organisation, confirmez son empreinte.</source>
        <translation>Key {k} ({n}) put on hold: its rotation changes the name or the organisation; confirm its fingerprint.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="103"/>
        <source>Clé {k} ({n}) enrôlée : elle remplace l&apos;ancienne clé de ce correspondant.</source>
        <translation>Key {k} ({n}) enrolled: it replaces this correspondent&apos;s old key.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="105"/>
        <source>Clé {k} ({n}) enrôlée.</source>
        <translation>Key {k} ({n}) enrolled.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="115"/>
        <source>Révoquer une clé</source>
        <translation>Revoke a key</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="116"/>
        <source>Révoquer la clé {k} de {n} ({o}) ?</source>
        <translation>Revoke key {k} of {n} ({o})?</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="117"/>
        <source>Révoquer la clé</source>
        <translation>Revoke the key</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="118"/>
        <source>Les paquets qu&apos;elle signera seront refusés, comme ceux des clés issues de sa rotation. Les révisions déjà reçues sont conservées et marquées. La révocation est définitive : ce correspondant devra envoyer une nouvelle carte, dont vous confirmerez l&apos;empreinte.</source>
        <translation>The bundles it signs will be rejected, as will those of the keys rotated from it. Revisions already received are kept and marked. Revocation is final: this correspondent will have to send a new card, whose fingerprint you will confirm.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="125"/>
        <source>Clé {k} révoquée ; {n} révision(s) reçue(s) de cette clé sont marquées.</source>
        <translation>Key {k} revoked; {n} revision(s) received from this key are marked.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="47"/>
        <source>(sans nom)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="52"/>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="186"/>
        <source>Entreprises diagnostiquées</source>
        <translation>Companies diagnosed</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="53"/>
        <source>Dernière visite</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="118"/>
        <source>&amp;Programmes…</source>
        <translation>&amp;Programmes…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="118"/>
        <source>Budgets et objectifs des programmes régionaux</source>
        <translation>Budgets and objectives of the regional programmes</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="119"/>
        <source>&amp;Exporter les tableaux…</source>
        <translation>&amp;Export the tables…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="119"/>
        <source>Classeur Excel ou fichiers CSV, avec les filtres en cours</source>
        <translation>Excel workbook or CSV files, with the current filters</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="121"/>
        <source>Classeur Excel (.xlsx)…</source>
        <translation>Excel workbook (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="122"/>
        <source>Fichiers CSV dans un dossier…</source>
        <translation>CSV files in a folder…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="126"/>
        <location filename="../../ifdesk/ui/views/diagnostics.py" line="41"/>
        <source>Filtrer par état de revue</source>
        <translation>Filter by review state</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="132"/>
        <source>Re&amp;vue</source>
        <translation>Revie&amp;w</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="149"/>
        <source>&amp;Du</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="149"/>
        <source>Période : premier mois</source>
        <translation>Period: first month</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="150"/>
        <source>&amp;au</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="150"/>
        <source>Période : dernier mois</source>
        <translation>Period: last month</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="151"/>
        <source>&amp;Région</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="151"/>
        <source>Filtrer par région</source>
        <translation>Filter by region</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="152"/>
        <source>&amp;Secteur</source>
        <translation>&amp;Sector</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="152"/>
        <source>Filtrer par division NAF</source>
        <translation>Filter by NAF division</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="153"/>
        <source>&amp;Catégorie</source>
        <translation>Si&amp;ze</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="153"/>
        <source>Filtrer par catégorie d&apos;entreprise</source>
        <translation>Filter by size class</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="163"/>
        <source>Toutes</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="168"/>
        <source>Tout a&amp;fficher</source>
        <translation>Show a&amp;ll</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="168"/>
        <source>Retirer tous les filtres</source>
        <translation>Remove every filter</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="191"/>
        <source>Budget des programmes</source>
        <translation>Programmes budget</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="193"/>
        <source>Imports en attente de décision</source>
        <translation>Imports awaiting a decision</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="194"/>
        <source>&amp;Voir dans Synchronisation</source>
        <translation>&amp;View in Synchronisation</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="206"/>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="222"/>
        <source>Entreprises diagnostiquées par rapport à l&apos;objectif, par région</source>
        <translation>Companies diagnosed against the objective, per region</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="208"/>
        <source>par progression</source>
        <translation>by progress</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="209"/>
        <source>par nom</source>
        <translation>by name</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="210"/>
        <source>Ordre des régions</source>
        <translation>Order of the regions</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="213"/>
        <source>Ordre :</source>
        <translation>Order:</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="216"/>
        <source>Objectif : somme des programmes de la région sur la période.</source>
        <translation>Objective: sum of the region&apos;s programmes over the period.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="276"/>
        <source>Par catégorie d&apos;entreprise</source>
        <translation>By size class</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="277"/>
        <source>Par division NAF</source>
        <translation>By NAF division</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="278"/>
        <source>Par région</source>
        <translation>By region</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="279"/>
        <source>Entreprises diagnostiquées par catégorie</source>
        <translation>Companies diagnosed by size class</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="280"/>
        <source>Entreprises diagnostiquées par division NAF</source>
        <translation>Companies diagnosed by NAF division</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="281"/>
        <source>Entreprises diagnostiquées par région</source>
        <translation>Companies diagnosed by region</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="283"/>
        <source>Entreprises diagnostiquées · score global moyen</source>
        <translation>Companies diagnosed · average overall score</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="288"/>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="291"/>
        <source>Activité des experts</source>
        <translation>Experts&apos; activity</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="328"/>
        <source>Préparation des tableaux… (quelques secondes après un import important)</source>
        <translation>Preparing the tables… (a few seconds after a large import)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="329"/>
        <source>Mise à jour…</source>
        <translation>Updating…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="337"/>
        <source>Les tableaux n&apos;ont pas pu être calculés : {e}</source>
        <translation>The tables could not be computed: {e}</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="372"/>
        <source>premier mois</source>
        <translation>first month</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="373"/>
        <source>dernier mois</source>
        <translation>last month</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="374"/>
        <source>Toutes les régions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="375"/>
        <source>Tous les secteurs</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="415"/>
        <source>Périmètre : {s} · {n} entreprises</source>
        <translation>Scope: {s} · {n} companies</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="418"/>
        <source>sur un objectif de {o} ({p})</source>
        <translation>against an objective of {o} ({p})</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="422"/>
        <source>aucun objectif fixé pour ce périmètre</source>
        <translation>no objective set for this scope</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="427"/>
        <source>1 programme</source>
        <translation>1 programme</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="427"/>
        <source>aucun programme</source>
        <translation>no programme</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="428"/>
        <source>{n} programmes</source>
        <translation>{n} programmes</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="433"/>
        <source>{n} brouillons</source>
        <translation>{n} drafts</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="433"/>
        <source>{n} brouillon</source>
        <translation>{n} draft</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="434"/>
        <source>{n} terminés</source>
        <translation>{n} completed</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="434"/>
        <source>{n} terminé</source>
        <translation>{n} completed</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="435"/>
        <source>{n} exportés</source>
        <translation>{n} exported</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="435"/>
        <source>{n} exporté</source>
        <translation>{n} exported</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="439"/>
        <source>diagnostics reçus à trancher</source>
        <translation>received diagnostics to decide on</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="439"/>
        <source>aucun conflit</source>
        <translation>no conflict</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="448"/>
        <source>Sur {n} diagnostics terminés ou exportés ; échelle de {lo} à {hi}.</source>
        <translation>Over {n} completed or exported diagnostics; scale from {lo} to {hi}.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="481"/>
        <source>{n} · sans objectif</source>
        <translation>{n} · no objective</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="488"/>
        <source>Dossier des fichiers CSV</source>
        <translation>Folder for the CSV files</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="490"/>
        <source>Exporter les tableaux</source>
        <translation>Export the tables</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="491"/>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="504"/>
        <source>Tableaux exportés : {p} ({n} lignes)</source>
        <translation>Tables exported: {p} ({n} rows)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="512"/>
        <source>Export annulé : aucun fichier écrit.</source>
        <translation>Export cancelled: no file written.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="514"/>
        <source>Export impossible.</source>
        <translation>Export failed.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="518"/>
        <source>Export des tableaux…</source>
        <translation>Exporting the tables…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_work.py" line="47"/>
        <source>Export en cours : {t}, {n} lignes…</source>
        <translation>Exporting: {t}, {n} rows…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/cost_dialog.py" line="28"/>
        <source>Coût du diagnostic</source>
        <translation>Cost of the diagnostic</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/cost_dialog.py" line="35"/>
        <source>&amp;Jours d&apos;expert</source>
        <translation>Expert &amp;days</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/cost_dialog.py" line="36"/>
        <source>&amp;Tarif journalier (€)</source>
        <translation>Day &amp;rate (€)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/cost_dialog.py" line="37"/>
        <source>&amp;Part du programme (%)</source>
        <translation>&amp;Programme share (%)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/cost_dialog.py" line="45"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/cost_dialog.py" line="48"/>
        <source>« {c} » : engagé dès que le diagnostic est démarré, dépensé quand il est approuvé.</source>
        <translation>&quot;{c}&quot;: committed as soon as the diagnostic is started, spent when it is approved.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/cost_dialog.py" line="76"/>
        <source>Un nombre est attendu.</source>
        <translation>A number is expected.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/cost_dialog.py" line="89"/>
        <source>Coût {t} · part du programme {p}</source>
        <translation>Cost {t} · programme share {p}</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="47"/>
        <source>à examiner</source>
        <translation>to review</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="47"/>
        <source>approuvés</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="47"/>
        <source>modifications demandées</source>
        <translation>changes requested</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="48"/>
        <source>rejetés</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="52"/>
        <source>prévues</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="52"/>
        <source>en cours</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="52"/>
        <source>réalisées</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="53"/>
        <source>abandonnées</source>
        <translation>abandoned</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="64"/>
        <source>Engagé · dépensé</source>
        <translation>Committed · spent</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="69"/>
        <source>Coût par entreprise diagnostiquée</source>
        <translation>Cost per company diagnosed</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="70"/>
        <source>Jalon en cours</source>
        <translation>Current milestone</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="75"/>
        <source>Entreprises suivies</source>
        <translation>Companies followed up</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="82"/>
        <source>sur {a} alloués ({p} dépensé)</source>
        <translation>of {a} allocated ({p} spent)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="87"/>
        <source>part du programme, diagnostics approuvés ({n} entreprises)</source>
        <translation>programme share, approved diagnostics ({n} companies)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="88"/>
        <source>aucun diagnostic approuvé avec un coût</source>
        <translation>no approved diagnostic with a cost</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="98"/>
        <source>au {d} · au rythme actuel : {p} ({s})</source>
        <translation>by {d} · at the current pace: {p} ({s})</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="99"/>
        <source>dans les temps</source>
        <translation>on track</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="99"/>
        <source>en retard</source>
        <translation>behind</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="101"/>
        <source>puis {o} au {d}</source>
        <translation>then {o} by {d}</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="108"/>
        <source>aucun jalon daté pour ce périmètre</source>
        <translation>no dated milestone for this scope</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="113"/>
        <source>avec au moins deux diagnostics · progression moyenne {p} point(s)</source>
        <translation>with at least two diagnostics · average progress {p} point(s)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="115"/>
        <source>avec au moins deux diagnostics</source>
        <translation>with at least two diagnostics</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="126"/>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="132"/>
        <source>Entreprises par niveau de maturité</source>
        <translation>Companies per maturity level</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="127"/>
        <source>Priorités technologiques : niveau moyen et écart à la cible</source>
        <translation>Technology priorities: average level and gap to the target</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="128"/>
        <source>Exécution des plans d&apos;actions par thème</source>
        <translation>Action plan execution per theme</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="129"/>
        <source>Progression moyenne par thème des entreprises suivies</source>
        <translation>Average progress per theme of the companies followed up</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="133"/>
        <source>Priorités technologiques (niveau moyen · écart à la cible)</source>
        <translation>Technology priorities (average level · gap to the target)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="134"/>
        <source>Actions réalisées par thème</source>
        <translation>Actions done per theme</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="135"/>
        <source>Progression des entreprises suivies, par thème</source>
        <translation>Progress of the companies followed up, per theme</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="149"/>
        <source>{a} · écart {g}</source>
        <translation>{a} · gap {g}</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="155"/>
        <source>sans critère lié</source>
        <translation>no linked criterion</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="156"/>
        <source>{d} réalisées sur {t} · {i} en cours</source>
        <translation>{d} done of {t} · {i} in progress</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="161"/>
        <source>{n} suivis</source>
        <translation>{n} followed up</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="166"/>
        <source>Revues : </source>
        <translation>Reviews: </translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="167"/>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="172"/>
        <source>Numérisation, virtualisation, objets connectés</source>
        <translation>Digitisation, virtualisation, connected objects</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="173"/>
        <source>Automatisation et robotique</source>
        <translation>Automation and robotics</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="174"/>
        <source>Cobotique et réalité augmentée</source>
        <translation>Cobotics and augmented reality</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="175"/>
        <source>Composites, nouveaux matériaux, assemblage</source>
        <translation>Composites, new materials, assembly</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="176"/>
        <source>Efficacité énergétique</source>
        <translation>Energy efficiency</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="177"/>
        <source>Fabrication additive</source>
        <translation>Additive manufacturing</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="178"/>
        <source>Monitoring et contrôle</source>
        <translation>Monitoring and control</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_programme.py" line="179"/>
        <source>L&apos;homme dans l&apos;industrie du futur</source>
        <translation>People in the industry of the future</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/next_steps.py" line="37"/>
        <source>Réunion de restitution (date)</source>
        <translation>Restitution meeting (date)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/next_steps.py" line="38"/>
        <source>Visite de suivi prévue (date)</source>
        <translation>Planned follow-up visit (date)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/next_steps.py" line="39"/>
        <source>« Aucune action » : pourquoi</source>
        <translation>&quot;No action&quot;: why</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/next_steps.py" line="40"/>
        <source>Organisme de l&apos;expert</source>
        <translation>Expert&apos;s organisation</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/next_steps.py" line="41"/>
        <source>Contact de l&apos;expert (courriel, téléphone)</source>
        <translation>Expert&apos;s contact (e-mail, phone)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/next_steps.py" line="49"/>
        <source>seulement si le plan d&apos;actions reste vide</source>
        <translation>only if the action plan stays empty</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/next_steps.py" line="59"/>
        <source>Ces informations figurent au rapport (« Prochaines étapes », contact de l&apos;expert). Un diagnostic se termine avec au moins une action au plan, ou « aucune action » et sa raison.</source>
        <translation>This information appears in the report (&quot;Next steps&quot;, the expert&apos;s contact). A diagnostic is completed with at least one action in the plan, or &quot;no action&quot; and its reason.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/proposals.py" line="22"/>
        <source>Chiffre d&apos;affaires</source>
        <translation>Turnover</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/proposals.py" line="23"/>
        <source>Total du bilan</source>
        <translation>Balance sheet total</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/proposals.py" line="29"/>
        <source>{f} : {a} → {b}</source>
        <translation>{f}: {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/proposals.py" line="43"/>
        <source>Proposé par</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/proposals.py" line="44"/>
        <source>Changements</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/proposals.py" line="45"/>
        <source>Reçue</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/proposals.py" line="58"/>
        <source>Propositions de changement d&apos;entreprises</source>
        <translation>Proposed company changes</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/proposals.py" line="62"/>
        <source>Un expert ne modifie que les entreprises qui lui sont attribuées ou qu&apos;il a créées ; ses autres changements attendent ici votre décision.</source>
        <translation>An expert edits only the companies assigned to them or that they created; their other changes await your decision here.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/proposals.py" line="66"/>
        <source>&amp;Accepter</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/proposals.py" line="67"/>
        <source>I&amp;gnorer</source>
        <translation>I&amp;gnore</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_forward.py" line="15"/>
        <source>Dossier où écrire l&apos;envoi au national</source>
        <translation>Folder where the forwarding to the national level is written</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_forward.py" line="19"/>
        <source>Phrase secrète du bureau, pour signer le paquet des programmes :</source>
        <translation>Passphrase of the office, to sign the programmes bundle:</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_forward.py" line="24"/>
        <source>{n} paquet(s) d&apos;experts et les programmes de la région {r} écrits dans {p}, chiffrés pour le national.</source>
        <translation>{n} expert bundle(s) and the programmes of region {r} written in {p}, encrypted for the national level.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_forward.py" line="34"/>
        <source>Transmission au national…</source>
        <translation>Forwarding to the national level…</translation>
    </message>
</context>
</TS>
