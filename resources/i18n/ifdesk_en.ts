<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../../ifdesk/ui/main_window.py" line="33"/>
        <location filename="../../ifdesk/ui/models.py" line="140"/>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="55"/>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="177"/>
        <location filename="../../ifdesk/ui/views/diagnostics.py" line="26"/>
        <location filename="../../ifdesk/ui/views/placeholder.py" line="105"/>
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/diagnostics.py" line="26"/>
        <source>Tous les diagnostics de l&apos;espace de travail, du plus récent au plus ancien.</source>
        <translation>All the workspace&apos;s diagnostics, most recent first.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/diagnostics.py" line="28"/>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/charts.py" line="75"/>
        <source>Aucune donnée pour ces filtres.</source>
        <translation>No data for these filters.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/charts.py" line="135"/>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="256"/>
        <source>Diagnostics par mois de visite</source>
        <translation>Diagnostics per month of visit</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/charts.py" line="154"/>
        <source>Aucune visite pour ces filtres.</source>
        <translation>No visit for these filters.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/charts.py" line="164"/>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="56"/>
        <location filename="../../ifdesk/ui/views/diagnostics.py" line="28"/>
        <source>Brouillons</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/charts.py" line="164"/>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="57"/>
        <location filename="../../ifdesk/ui/views/diagnostics.py" line="29"/>
        <source>Terminés</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/charts.py" line="164"/>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="58"/>
        <location filename="../../ifdesk/ui/views/diagnostics.py" line="29"/>
        <source>Exportés</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/charts.py" line="217"/>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="210"/>
        <source>Maturité moyenne par thème</source>
        <translation>Average maturity per theme</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/charts.py" line="239"/>
        <source>Score moyen</source>
        <translation>Average score</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/charts.py" line="253"/>
        <source>Aucun diagnostic terminé pour ces filtres.</source>
        <translation>No completed diagnostic for these filters.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/charts.py" line="239"/>
        <source>Moitié centrale (Q1–Q3)</source>
        <translation>Middle half (Q1–Q3)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/charts.py" line="239"/>
        <source>Minimum et maximum</source>
        <translation>Minimum and maximum</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/diagnostics.py" line="31"/>
        <source>Filtrer par statut</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/diagnostics.py" line="32"/>
        <source>&amp;Statut :</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/diagnostics.py" line="43"/>
        <source>&amp;Ouvrir</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/diagnostics.py" line="44"/>
        <source>&amp;Nouveau diagnostic…</source>
        <translation>&amp;New diagnostic…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/diagnostics.py" line="71"/>
        <source>Aucun diagnostic</source>
        <translation>No diagnostic</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/diagnostics.py" line="71"/>
        <source>1 diagnostic</source>
        <translation>1 diagnostic</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/diagnostics.py" line="71"/>
        <source>diagnostics</source>
        <translation>diagnostics</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/diagnostics.py" line="98"/>
        <source>Nouveau diagnostic</source>
        <translation>New diagnostic</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/diagnostics.py" line="102"/>
        <source>Rechercher l&apos;entreprise…</source>
        <translation>Search for the company…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/diagnostics.py" line="105"/>
        <source>Démarrer le diagnostic</source>
        <translation>Start the diagnostic</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/ops.py" line="308"/>
        <location filename="../../ifdesk/ui/ops.py" line="371"/>
        <location filename="../../ifdesk/ui/views/action_dialog.py" line="64"/>
        <location filename="../../ifdesk/ui/views/diagnostics.py" line="106"/>
        <location filename="../../ifdesk/ui/views/sync_dialogs.py" line="23"/>
        <location filename="../../ifdesk/ui/views/sync_dialogs.py" line="39"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/diagnostics.py" line="108"/>
        <source>Pour quelle entreprise ?</source>
        <translation>Which company?</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/level_picker.py" line="62"/>
        <source>Niveau de maturité actuel</source>
        <translation>Current maturity level</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="21"/>
        <source>aller à une page de la navigation</source>
        <translation>go to a page of the navigation</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="22"/>
        <source>aller au champ ou au bouton</source>
        <translation>go to the field or button</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="23"/>
        <source>rechercher / nouvelle entreprise</source>
        <translation>search / new company</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="24"/>
        <source>ouvrir, modifier, valider</source>
        <translation>open, edit, confirm</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="25"/>
        <source>champ suivant / précédent</source>
        <translation>next / previous field</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="26"/>
        <source>fermer une fenêtre de dialogue</source>
        <translation>close a dialog</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="27"/>
        <source>niveau actuel du critère</source>
        <translation>current level of the criterion</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="28"/>
        <source>niveau cible du critère</source>
        <translation>target level of the criterion</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="29"/>
        <source>niveau précédent / suivant</source>
        <translation>previous / next level</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="30"/>
        <source>critère précédent / suivant</source>
        <translation>previous / next criterion</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="31"/>
        <source>non applicable / important</source>
        <translation>not applicable / important</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="32"/>
        <source>suggérer des actions depuis les écarts</source>
        <translation>suggest actions from the gaps</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="45"/>
        <source>L&apos;espace de travail, la langue, l&apos;expert, les référentiels connus ; votre identité de signature et vos correspondants.</source>
        <translation>The workspace, the language, the expert, the known référentiels; your signing identity and your correspondents.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/main_window.py" line="35"/>
        <location filename="../../ifdesk/ui/views/settings.py" line="45"/>
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="47"/>
        <source>Espace de travail</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="50"/>
        <source>Dossier de l&apos;espace de travail</source>
        <translation>Workspace folder</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="51"/>
        <source>Ouvrir le dossier</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="52"/>
        <source>&amp;Changer de dossier…</source>
        <translation>&amp;Change folder…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="60"/>
        <source>Vous</source>
        <translation>You</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="68"/>
        <source>Prénom Nom</source>
        <translation>First name Last name</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="69"/>
        <source>&amp;Nom de l&apos;expert (sur les nouveaux diagnostics)</source>
        <translation>Expert&apos;s &amp;name (on new diagnostics)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="73"/>
        <source>&amp;Langue de l&apos;interface</source>
        <translation>Interface &amp;language</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="80"/>
        <source>Référentiels connus</source>
        <translation>Known référentiels</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="89"/>
        <source>Au clavier</source>
        <translation>With the keyboard</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="118"/>
        <source>&amp;Général</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="119"/>
        <source>&amp;Identité et confiance</source>
        <translation>&amp;Identity and trust</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="147"/>
        <source>Identité de signature : </source>
        <translation>Signing identity: </translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="148"/>
        <source>Le nom de l&apos;expert vient de cette identité.</source>
        <translation>The expert&apos;s name comes from this identity.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="149"/>
        <source>Pas encore d&apos;identité de signature : créez-la dans l&apos;onglet « Identité et confiance » pour exporter des diagnostics signés.</source>
        <translation>No signing identity yet: create it in the « Identity and trust » tab to export signed diagnostics.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="153"/>
        <source>Journal technique : </source>
        <translation>Technical log: </translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="153"/>
        <source>désactivé</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="161"/>
        <source>Le nom de l&apos;expert ne peut pas être vide.</source>
        <translation>The expert&apos;s name cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="163"/>
        <source>Nom trop long : {n} caractères au plus.</source>
        <translation>Name too long: {n} characters at most.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/settings.py" line="182"/>
        <source>Choisir le dossier de l&apos;espace de travail</source>
        <translation>Choose the workspace folder</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/attachments.py" line="38"/>
        <source>Pièces jointes</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/attachments.py" line="39"/>
        <source>Joindre un &amp;fichier…</source>
        <translation>Attach a &amp;file…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/attachments.py" line="40"/>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/attachments.py" line="41"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/attachments.py" line="94"/>
        <source>Joindre une preuve (photo, document)</source>
        <translation>Attach evidence (photo, document)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/companies.py" line="66"/>
        <location filename="../../ifdesk/ui/views/company_form.py" line="42"/>
        <location filename="../../ifdesk/ui/views/company_form.py" line="187"/>
        <source>Nouvelle entreprise</source>
        <translation>New company</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/company_form.py" line="60"/>
        <source>&amp;Raison sociale</source>
        <translation>Company &amp;name</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/company_form.py" line="68"/>
        <source>— choisir une région —</source>
        <translation>— choose a region —</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/company_form.py" line="71"/>
        <location filename="../../ifdesk/ui/views/programmes.py" line="80"/>
        <source>Ré&amp;gion</source>
        <translation>Re&amp;gion</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/company_form.py" line="73"/>
        <source>&amp;Ville</source>
        <translation>&amp;Town</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/company_form.py" line="76"/>
        <source>&amp;Effectif</source>
        <translation>&amp;Headcount</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/company_form.py" line="79"/>
        <source>Chiffre d&apos;&amp;affaires (€)</source>
        <translation>T&amp;urnover (€)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/company_form.py" line="78"/>
        <location filename="../../ifdesk/ui/views/company_form.py" line="81"/>
        <source>facultatif</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/company_form.py" line="63"/>
        <source>&amp;SIRET (14 chiffres, espaces permis)</source>
        <translation>&amp;SIRET (14 digits, spaces allowed)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/company_form.py" line="66"/>
        <source>Code &amp;NAF (facultatif)</source>
        <translation>NA&amp;F code (optional)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/company_form.py" line="82"/>
        <source>Total du &amp;bilan (€)</source>
        <translation>&amp;Balance sheet total (€)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/company_form.py" line="90"/>
        <source>Enregistrer l&apos;entreprise</source>
        <translation>Save the company</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/company_form.py" line="91"/>
        <source>Vider le formulaire</source>
        <translation>Clear the form</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/company_form.py" line="139"/>
        <source>Un nombre est attendu (par ex. 1&#xa0;250).</source>
        <translation>A number is expected (e.g. 1&#xa0;250).</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/company_form.py" line="144"/>
        <source>L&apos;effectif est un nombre entier de personnes.</source>
        <translation>The headcount is a whole number of people.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/company_form.py" line="182"/>
        <source>Catégorie (décret 2008-1354) : </source>
        <translation>Category (décret 2008-1354): </translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/company_form.py" line="201"/>
        <source>Modifier l&apos;entreprise</source>
        <translation>Edit the company</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/company_form.py" line="237"/>
        <location filename="../../ifdesk/ui/views/editor.py" line="300"/>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="254"/>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="308"/>
        <source>Enregistrement…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/company_form.py" line="242"/>
        <source>Rien n&apos;a été enregistré.</source>
        <translation>Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/company_form.py" line="256"/>
        <source>Entreprise enregistrée : </source>
        <translation>Company saved: </translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/report_button.py" line="32"/>
        <source>&amp;Générer le rapport</source>
        <translation>&amp;Generate the report</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/report_button.py" line="43"/>
        <source>Le module de rapport PDF n&apos;est pas installé dans cette version.</source>
        <translation>The PDF report module is not installed in this version.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/report_button.py" line="46"/>
        <source>Rapport PDF pour l&apos;entreprise, ouvert une fois prêt</source>
        <translation>PDF report for the company, opened when ready</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/report_button.py" line="54"/>
        <source>Enregistrer le rapport PDF</source>
        <translation>Save the PDF report</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/report_button.py" line="54"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/report_button.py" line="83"/>
        <source>Préparation du rapport PDF…</source>
        <translation>Preparing the PDF report…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/criterion_card.py" line="47"/>
        <source>Niveau actuel — touches 1 à 5 (ou ↑ ↓) pour choisir, ← → pour changer de critère</source>
        <translation>Current level — keys 1 to 5 (or ↑ ↓) to choose, ← → to change criterion</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/criterion_card.py" line="55"/>
        <source>Niveau cible</source>
        <translation>Target level</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/criterion_card.py" line="56"/>
        <source>Jugé &amp;important par l&apos;entreprise</source>
        <translation>Deemed &amp;important by the company</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/criterion_card.py" line="57"/>
        <source>Niveau &amp;cible (Ctrl+1 à 5)</source>
        <translation>&amp;Target level (Ctrl+1 to 5)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/criterion_card.py" line="62"/>
        <source>Non a&amp;pplicable à cette entreprise</source>
        <translation>Not a&amp;pplicable to this company</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/criterion_card.py" line="65"/>
        <source>Raison (obligatoire)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/criterion_card.py" line="66"/>
        <source>&amp;Raison du « non applicable »</source>
        <translation>&amp;Reason for « not applicable »</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/criterion_card.py" line="69"/>
        <source>Constats, preuves observées, propos recueillis…</source>
        <translation>Findings, evidence observed, what was said…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/criterion_card.py" line="72"/>
        <source>&amp;Note de l&apos;expert</source>
        <translation>Expert&apos;s &amp;note</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/criterion_card.py" line="75"/>
        <source>Preuves jointes</source>
        <translation>Attached evidence</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/criterion_card.py" line="77"/>
        <source>← Critère précédent</source>
        <translation>← Previous criterion</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/criterion_card.py" line="77"/>
        <source>Critère précédent (Page préc.)</source>
        <translation>Previous criterion (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/criterion_card.py" line="78"/>
        <source>Critère suivant →</source>
        <translation>Next criterion →</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/criterion_card.py" line="78"/>
        <source>Critère suivant (Page suiv.)</source>
        <translation>Next criterion (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/criterion_card.py" line="123"/>
        <source>poids</source>
        <translation>weight</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/criterion_card.py" line="125"/>
        <source>Questions d&apos;entretien</source>
        <translation>Interview questions</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/criterion_card.py" line="129"/>
        <source>— pas de cible —</source>
        <translation>— no target —</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/criterion_card.py" line="173"/>
        <source>Note trop longue : {n} caractères au plus.</source>
        <translation>Note too long: {n} characters at most.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/editor.py" line="50"/>
        <source>Aucun diagnostic ouvert</source>
        <translation>No diagnostic open</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/editor.py" line="52"/>
        <source>Ouvrez un diagnostic depuis la liste, ou démarrez-en un depuis une entreprise.</source>
        <translation>Open a diagnostic from the list, or start one from a company.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/editor.py" line="56"/>
        <source>État de l&apos;enregistrement</source>
        <translation>Save state</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/editor.py" line="57"/>
        <source>&amp;Synthèse →</source>
        <translation>&amp;Synthesis →</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/editor.py" line="57"/>
        <source>Scores, priorités, plan d&apos;actions</source>
        <translation>Scores, priorities, action plan</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/editor.py" line="74"/>
        <source>Thèmes et critères</source>
        <translation>Themes and criteria</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/editor.py" line="80"/>
        <source>%v / %m critères</source>
        <translation>%v / %m criteria</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/editor.py" line="94"/>
        <source>Niveaux par thème</source>
        <translation>Levels per theme</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/editor.py" line="103"/>
        <source>Indice global actuel</source>
        <translation>Current overall index</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="156"/>
        <location filename="../../ifdesk/ui/views/editor.py" line="160"/>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="119"/>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="72"/>
        <source>Révision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/editor.py" line="160"/>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="200"/>
        <source>visite du</source>
        <translation>visit of</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/editor.py" line="165"/>
        <source>Ce diagnostic est terminé : les réponses sont figées. Rouvrez-le depuis la synthèse pour en faire une nouvelle révision.</source>
        <translation>This diagnostic is completed: its answers are frozen. Reopen it from the synthesis to make a new revision.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/editor.py" line="170"/>
        <location filename="../../ifdesk/ui/views/editor.py" line="308"/>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="256"/>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="315"/>
        <source>Enregistré</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/editor.py" line="170"/>
        <source>Lecture seule</source>
        <translation>Read only</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/editor.py" line="219"/>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="34"/>
        <source>n.a.</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/editor.py" line="235"/>
        <source>cible</source>
        <translation>target</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/editor.py" line="294"/>
        <source>Non enregistré : à corriger</source>
        <translation>Not saved: to be corrected</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/editor.py" line="328"/>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="250"/>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="259"/>
        <source>Non enregistré</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/action_dialog.py" line="24"/>
        <source>Action du plan</source>
        <translation>Action of the plan</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/action_dialog.py" line="24"/>
        <source>Nouvelle action</source>
        <translation>New action</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/action_dialog.py" line="36"/>
        <source>— aucun critère lié —</source>
        <translation>— no linked criterion —</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/action_dialog.py" line="44"/>
        <source>JJ/MM/AAAA</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/action_dialog.py" line="45"/>
        <source>Ce qu&apos;il faut faire, avec qui, comment mesurer le résultat</source>
        <translation>What to do, with whom, how to measure the result</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/action_dialog.py" line="47"/>
        <location filename="../../ifdesk/ui/views/programmes.py" line="80"/>
        <source>&amp;Intitulé</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/action_dialog.py" line="47"/>
        <source>&amp;Priorité</source>
        <translation>&amp;Priority</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/action_dialog.py" line="48"/>
        <source>&amp;Horizon</source>
        <translation>&amp;Horizon</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/action_dialog.py" line="48"/>
        <source>&amp;Critère lié</source>
        <translation>Linked &amp;criterion</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/action_dialog.py" line="49"/>
        <source>&amp;Responsable</source>
        <translation>&amp;Owner</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/action_dialog.py" line="49"/>
        <source>C&amp;oût estimé (€)</source>
        <translation>Cost e&amp;stimate (€)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/action_dialog.py" line="50"/>
        <source>Échéa&amp;nce</source>
        <translation>Due dat&amp;e</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/action_dialog.py" line="50"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/action_dialog.py" line="63"/>
        <location filename="../../ifdesk/ui/views/sync_dialogs.py" line="22"/>
        <source>Valider</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/action_dialog.py" line="88"/>
        <source>Un montant en euros est attendu (par ex. 15 000).</source>
        <translation>An amount in euros is expected (e.g. 15 000).</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/action_dialog.py" line="102"/>
        <source>Date attendue au format JJ/MM/AAAA.</source>
        <translation>Date expected as DD/MM/YYYY.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/main_window.py" line="33"/>
        <location filename="../../ifdesk/ui/views/companies.py" line="50"/>
        <source>Entreprises</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/companies.py" line="50"/>
        <source>Les entreprises accompagnées : recherchez, enregistrez, démarrez un diagnostic.</source>
        <translation>The companies supported: search, register, start a diagnostic.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/companies.py" line="52"/>
        <source>Rechercher par nom, ville ou SIRET…</source>
        <translation>Search by name, town or SIRET…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/companies.py" line="54"/>
        <source>Rechercher une entreprise</source>
        <translation>Search for a company</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/companies.py" line="64"/>
        <source>&amp;Démarrer un diagnostic</source>
        <translation>Start a &amp;diagnostic</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/companies.py" line="64"/>
        <source>Démarrer un diagnostic pour l&apos;entreprise choisie</source>
        <translation>Start a diagnostic for the chosen company</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/companies.py" line="65"/>
        <location filename="../../ifdesk/ui/views/programmes.py" line="62"/>
        <source>&amp;Modifier</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/companies.py" line="123"/>
        <source>Aucune entreprise</source>
        <translation>No company</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/companies.py" line="123"/>
        <source>1 entreprise</source>
        <translation>1 company</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/companies.py" line="123"/>
        <location filename="../../ifdesk/ui/views/placeholder.py" line="67"/>
        <source>entreprises</source>
        <translation>companies</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/main_window.py" line="34"/>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="37"/>
        <source>Synthèse</source>
        <translation>Synthesis</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="39"/>
        <source>Ouvrez un diagnostic pour voir sa synthèse.</source>
        <translation>Open a diagnostic to see its synthesis.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="43"/>
        <source>&amp;Terminer le diagnostic</source>
        <translation>&amp;Complete the diagnostic</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="44"/>
        <source>R&amp;ouvrir (nouvelle révision)</source>
        <translation>R&amp;eopen (new revision)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="46"/>
        <source>← &amp;Questionnaire</source>
        <translation>← &amp;Questionnaire</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="57"/>
        <source>Il manque des réponses</source>
        <translation>Answers are missing</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="62"/>
        <source>Critères sans réponse</source>
        <translation>Criteria without an answer</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="159"/>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="124"/>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="75"/>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="87"/>
        <source>Indice global</source>
        <translation>Overall index</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="95"/>
        <source>Scores par thème</source>
        <translation>Scores per theme</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="97"/>
        <source>Priorités (écart × poids, × 1,5 si jugé important)</source>
        <translation>Priorities (gap × weight, × 1.5 if deemed important)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="102"/>
        <source>Ce que l&apos;entreprise fait bien, sur quoi s&apos;appuyer</source>
        <translation>What the company does well, what to build on</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="103"/>
        <source>Ce qui freine, les risques observés</source>
        <translation>What holds it back, the risks observed</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="107"/>
        <source>Points &amp;forts</source>
        <translation>&amp;Strengths</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="107"/>
        <source>Points fai&amp;bles</source>
        <translation>&amp;Weaknesses</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="124"/>
        <source>&amp;Ajouter une action…</source>
        <translation>&amp;Add an action…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="125"/>
        <source>&amp;Modifier…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="126"/>
        <source>Suppr&amp;imer</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="127"/>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="128"/>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="129"/>
        <source>Suggérer depuis les écarts</source>
        <translation>Suggest from the gaps</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="129"/>
        <source>Ajoute une action pour chacune des premières priorités</source>
        <translation>Adds an action for each of the top priorities</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="137"/>
        <source>&amp;Scores et priorités</source>
        <translation>Scores and &amp;priorities</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="138"/>
        <source>Points forts et faibl&amp;es</source>
        <translation>Strengths and weak&amp;nesses</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="139"/>
        <source>&amp;Plan d&apos;actions</source>
        <translation>Action p&amp;lan</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="198"/>
        <source>Synthèse — </source>
        <translation>Synthesis — </translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="199"/>
        <source>révision</source>
        <translation>revision</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="200"/>
        <source>critères renseignés</source>
        <translation>criteria answered</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="203"/>
        <source>Pas encore de score</source>
        <translation>No score yet</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="204"/>
        <source>Cible :</source>
        <translation>Target:</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="233"/>
        <source>Ce diagnostic est {s} : il est figé. « Rouvrir » en fait une nouvelle révision, modifiable.</source>
        <translation>This diagnostic is {s}: it is frozen. « Reopen » makes a new, editable revision.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="242"/>
        <source>Modifié…</source>
        <translation>Modified…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="37"/>
        <source>(cible {t})</source>
        <translation>(target {t})</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="50"/>
        <source>Diagnostics en conflit</source>
        <translation>Diagnostics in conflict</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="59"/>
        <source>Révisions côte à côte</source>
        <translation>Revisions side by side</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="68"/>
        <source>Aucun diagnostic n&apos;attend de décision.</source>
        <translation>No diagnostic awaits a decision.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="71"/>
        <source>Les cellules surlignées diffèrent de la révision courante (première colonne). Choisissez la version à garder : l&apos;autre reste conservée dans l&apos;historique, et la décision est inscrite au journal.</source>
        <translation>Highlighted cells differ from the current revision (first column). Choose the version to keep: the other stays in the history, and the decision is written to the journal.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="119"/>
        <source>(courante)</source>
        <translation>(current)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="119"/>
        <source>(en attente)</source>
        <translation>(on hold)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="122"/>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="73"/>
        <source>Terminé le</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="123"/>
        <source>Empreinte du contenu</source>
        <translation>Content hash</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="135"/>
        <source>note différente</source>
        <translation>different note</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="137"/>
        <source>Réponses qui diffèrent : {n}</source>
        <translation>Differing answers: {n}</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="140"/>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="247"/>
        <source>Points forts</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="141"/>
        <source>Actions du plan</source>
        <translation>Action plan items</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="147"/>
        <source>Révision {r} · {h}</source>
        <translation>Revision {r} · {h}</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="156"/>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="196"/>
        <source>Garder cette révision</source>
        <translation>Keep this revision</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="158"/>
        <source>Faire de cette version la révision courante (décision inscrite au journal)</source>
        <translation>Make this version the current revision (the decision is journaled)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="193"/>
        <source>Résoudre le conflit</source>
        <translation>Resolve the conflict</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="194"/>
        <source>Garder la révision {r} (empreinte {h}…) de « {c} » comme révision courante ?</source>
        <translation>Keep revision {r} (hash {h}…) of « {c} » as the current revision?</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="197"/>
        <source>Les autres versions restent conservées dans l&apos;historique. La décision est inscrite au journal des imports.</source>
        <translation>The other versions stay in the history. The decision is written to the import journal.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="247"/>
        <source>Points faibles</source>
        <translation>Weaknesses</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="249"/>
        <source> : texte trop long, {n} caractères au plus. Rien n&apos;a été enregistré.</source>
        <translation>: text too long, {n} characters at most. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="300"/>
        <source>Aucune nouvelle suggestion : fixez des niveaux cibles au-dessus des niveaux actuels.</source>
        <translation>No new suggestion: set target levels above the current levels.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/synthesis.py" line="334"/>
        <source>Choisissez un critère (Entrée) pour y aller.</source>
        <translation>Choose a criterion (Enter) to go there.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/log.py" line="99"/>
        <source>Un problème inattendu est survenu</source>
        <translation>Something unexpected happened</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/log.py" line="100"/>
        <location filename="../../ifdesk/ui/ops.py" line="411"/>
        <source>L&apos;opération n&apos;a pas pu aboutir. Vos réponses déjà enregistrées sont conservées.</source>
        <translation>The operation could not be completed. Your answers already saved are kept.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/log.py" line="103"/>
        <location filename="../../ifdesk/ui/ops.py" line="415"/>
        <source>Le détail technique est dans le journal :</source>
        <translation>The technical details are in the log:</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/main_window.py" line="27"/>
        <source>ifdesk — Diagnostics Industrie du Futur</source>
        <translation>ifdesk — Industrie du Futur diagnostics</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/main_window.py" line="34"/>
        <location filename="../../ifdesk/ui/views/sync.py" line="70"/>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/main_window.py" line="34"/>
        <location filename="../../ifdesk/ui/main_window.py" line="149"/>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="100"/>
        <source>Tableau de bord</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/main_window.py" line="149"/>
        <source>Le suivi du programme régional.</source>
        <translation>Following the regional programme.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/main_window.py" line="33"/>
        <source>Diagnostic en cours</source>
        <translation>Current diagnostic</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/main_window.py" line="40"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/main_window.py" line="51"/>
        <source>Industrie du Futur</source>
        <translation>Industrie du Futur</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/main_window.py" line="150"/>
        <source>Le tableau de bord du bureau régional arrive dans cette page à une prochaine version.</source>
        <translation>The regional office&apos;s dashboard comes to this page in a later version.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/main_window.py" line="151"/>
        <source>Il montrera les entreprises accompagnées face aux objectifs, l&apos;activité des experts et la maturité par thème, région, taille et secteur. Les diagnostics saisis ici y seront comptés.&lt;br&gt;&lt;br&gt;En attendant, le bureau régional obtient ces tableaux en classeur Excel ou en CSV :&lt;br&gt;&lt;br&gt;&lt;code&gt;ifdesk office export&lt;/code&gt;</source>
        <translation>It will show the companies supported against the objectives, the experts&apos; activity and maturity by theme, region, size and sector. The diagnostics entered here will be counted in it.&lt;br&gt;&lt;br&gt;Meanwhile, the regional office gets these tables as an Excel workbook or CSV files:&lt;br&gt;&lt;br&gt;&lt;code&gt;ifdesk office export&lt;/code&gt;</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/main_window.py" line="207"/>
        <source>Ouvrez d&apos;abord un diagnostic</source>
        <translation>Open a diagnostic first</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/radar.py" line="27"/>
        <source>Radar des niveaux par thème</source>
        <translation>Radar of levels per theme</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/radar.py" line="57"/>
        <source>Le radar apparaît dès trois thèmes.</source>
        <translation>The radar appears from three themes on.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="172"/>
        <location filename="../../ifdesk/ui/radar.py" line="116"/>
        <source>Niveau actuel</source>
        <translation>Current level</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="173"/>
        <location filename="../../ifdesk/ui/models.py" line="186"/>
        <location filename="../../ifdesk/ui/radar.py" line="116"/>
        <source>Cible</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/ops.py" line="309"/>
        <source>Veuillez patienter</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/ops.py" line="407"/>
        <source>Opération refusée</source>
        <translation>Operation refused</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/ops.py" line="412"/>
        <source>Un problème est survenu</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="132"/>
        <source>Raison sociale</source>
        <translation>Company name</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="133"/>
        <location filename="../../ifdesk/ui/views/sync_distribute.py" line="35"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="134"/>
        <source>Ville</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="135"/>
        <location filename="../../ifdesk/ui/views/programmes.py" line="27"/>
        <source>Région</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="136"/>
        <source>NAF</source>
        <translation>NAF</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="137"/>
        <source>Effectif</source>
        <translation>Headcount</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="139"/>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="146"/>
        <source>Brouillon</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="146"/>
        <source>Terminé</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="146"/>
        <source>Exporté</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="154"/>
        <location filename="../../ifdesk/ui/views/sync_distribute.py" line="35"/>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="70"/>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="123"/>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="156"/>
        <source>Entreprise</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="155"/>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="57"/>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="71"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="157"/>
        <source>Visite</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="158"/>
        <source>Modifié</source>
        <translation>Modified</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="161"/>
        <source>Référentiel</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="162"/>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="54"/>
        <location filename="../../ifdesk/ui/views/sync_conflicts.py" line="121"/>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="171"/>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="174"/>
        <source>Réponses</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="183"/>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="184"/>
        <source>Critère</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="185"/>
        <source>Actuel</source>
        <translation>Current</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="187"/>
        <source>Écart</source>
        <translation>Gap</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="188"/>
        <location filename="../../ifdesk/ui/models.py" line="207"/>
        <source>Priorité</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="193"/>
        <source>Haute</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="193"/>
        <source>Moyenne</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="193"/>
        <source>Basse</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="197"/>
        <source>Court terme (&lt; 6 mois)</source>
        <translation>Short term (&lt; 6 months)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="197"/>
        <source>Moyen terme (6–18 mois)</source>
        <translation>Medium term (6–18 months)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="198"/>
        <source>Long terme (&gt; 18 mois)</source>
        <translation>Long term (&gt; 18 months)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="206"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="208"/>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="209"/>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="210"/>
        <source>Coût estimé</source>
        <translation>Cost estimate</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="211"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="220"/>
        <source>Identifiant</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="221"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="222"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="223"/>
        <source>Critères</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/models.py" line="224"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/placeholder.py" line="62"/>
        <source>Dans cet espace de travail</source>
        <translation>In this workspace</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/placeholder.py" line="67"/>
        <source>diagnostics en brouillon</source>
        <translation>draft diagnostics</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/placeholder.py" line="68"/>
        <source>terminés, prêts à exporter</source>
        <translation>completed, ready to export</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/placeholder.py" line="68"/>
        <source>exportés</source>
        <translation>exported</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/placeholder.py" line="69"/>
        <source>indice global moyen des diagnostics terminés</source>
        <translation>mean overall index of the completed diagnostics</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/placeholder.py" line="99"/>
        <source>Terminés, prêts à exporter</source>
        <translation>Completed, ready to export</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/placeholder.py" line="102"/>
        <source>Maturité moyenne par thème (diagnostics terminés)</source>
        <translation>Mean maturity per theme (completed diagnostics)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/work.py" line="55"/>
        <source>Fichier illisible : {f} ({e})</source>
        <translation>Unreadable file: {f} ({e})</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/work.py" line="57"/>
        <source>« {f} » n&apos;est pas un fichier.</source>
        <translation>« {f} » is not a file.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/work.py" line="59"/>
        <source>Fichier trop volumineux : {f} dépasse 50 Mo.</source>
        <translation>File too large: {f} is over 50 MB.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/work.py" line="62"/>
        <source>Diagnostic inconnu : {id}.</source>
        <translation>Unknown diagnostic: {id}.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/work.py" line="85"/>
        <source>Impossible de copier la pièce jointe {f} : {e}</source>
        <translation>Could not copy the attachment {f}: {e}</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/i18n.py" line="119"/>
        <source>aujourd&apos;hui</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="39"/>
        <source>Votre identité de signature</source>
        <translation>Your signing identity</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="50"/>
        <source>Une identité signe les paquets que vous exportez : le destinataire sait qu&apos;ils viennent de vous et qu&apos;ils n&apos;ont pas été modifiés. Sa clé privée reste dans cet espace de travail, chiffrée par votre phrase secrète ; elle vous sera demandée à chaque export.</source>
        <translation>An identity signs the bundles you export: the recipient knows they come from you and were not changed. Its private key stays in this workspace, encrypted by your passphrase; you are asked for it at each export.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="56"/>
        <source>Prénom Nom, ou nom du bureau</source>
        <translation>First name Last name, or the office&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="58"/>
        <source>Cabinet, CCI, Région…</source>
        <translation>Consultancy, chamber of commerce, Region…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="60"/>
        <source>Expert (diagnostics sur site)</source>
        <translation>Expert (on-site diagnostics)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="61"/>
        <source>Bureau régional (reçoit et déchiffre les paquets)</source>
        <translation>Regional office (receives and decrypts bundles)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="66"/>
        <source>No&amp;m</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="67"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="68"/>
        <source>&amp;Rôle</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="69"/>
        <source>&amp;Phrase secrète (8 caractères au moins)</source>
        <translation>&amp;Passphrase (at least 8 characters)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="70"/>
        <source>Phrase secrète, une seconde &amp;fois</source>
        <translation>Passphrase, a second &amp;time</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="71"/>
        <source>&amp;Créer l&apos;identité</source>
        <translation>&amp;Create the identity</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="102"/>
        <source>Empreinte, à lire par téléphone à vos correspondants (8 groupes de 4 caractères) :</source>
        <translation>Fingerprint, to read out by phone to your correspondents (8 groups of 4 characters):</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="124"/>
        <source>E&amp;xporter ma carte d&apos;identité…</source>
        <translation>E&amp;xport my identity card…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="125"/>
        <source>C&amp;hanger de clé…</source>
        <translation>C&amp;hange key…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="126"/>
        <source>Une nouvelle clé, contre-signée par l&apos;actuelle (nouvel ordinateur, clé à renouveler)</source>
        <translation>A new key, countersigned by the current one (new computer, key to renew)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="127"/>
        <source>Envoyez la carte (fichier .json, par courriel ou clé USB) à vos correspondants, puis lisez-leur l&apos;empreinte par téléphone : ils l&apos;enrôlent après l&apos;avoir comparée.</source>
        <translation>Send the card (.json file, by e-mail or USB key) to your correspondents, then read them the fingerprint by phone: they enrol it after comparing.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="161"/>
        <source>Clé {k} · créée le {d}</source>
        <translation>Key {k} · created on {d}</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="164"/>
        <source>Empreinte : </source>
        <translation>Fingerprint: </translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="190"/>
        <source>Les deux saisies de la phrase secrète diffèrent.</source>
        <translation>The two passphrase entries differ.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="199"/>
        <source>Création de la clé… (quelques secondes pour un bureau)</source>
        <translation>Creating the key… (a few seconds for an office)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="230"/>
        <location filename="../../ifdesk/ui/views/identity.py" line="232"/>
        <source>Changer de clé</source>
        <translation>Change key</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="231"/>
        <source>Remplacer la clé {k} par une nouvelle clé ?</source>
        <translation>Replace key {k} with a new key?</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="233"/>
        <source>La nouvelle carte est contre-signée par l&apos;ancienne clé : vos correspondants l&apos;enrôlent sans relire d&apos;empreinte et elle remplace l&apos;ancienne. Envoyez-la avant votre prochain export : les paquets signés par l&apos;ancienne clé seront ensuite refusés.</source>
        <translation>The new card is countersigned by the old key: your correspondents enrol it without reading a fingerprint, and it replaces the old one. Send it before your next export: bundles signed by the old key will then be refused.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="238"/>
        <source>Phrase secrète de votre identité, pour contre-signer la nouvelle clé :</source>
        <translation>Passphrase of your identity, to countersign the new key:</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="246"/>
        <source>Nouvelle clé {k}, qui remplace {o}. Exportez la nouvelle carte et envoyez-la à vos correspondants.</source>
        <translation>New key {k}, replacing {o}. Export the new card and send it to your correspondents.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="263"/>
        <source>Exporter la carte d&apos;identité</source>
        <translation>Export the identity card</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="264"/>
        <source>Cartes d&apos;identité ifdesk (*.json)</source>
        <translation>ifdesk identity cards (*.json)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/identity.py" line="273"/>
        <source>Carte écrite dans {p}</source>
        <translation>Card written to {p}</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="70"/>
        <source>Échanges signés avec le bureau régional : paquets .ifbundle sur clé USB ou par courriel.</source>
        <translation>Signed exchanges with the regional office: .ifbundle bundles on a USB key or by e-mail.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="73"/>
        <location filename="../../ifdesk/ui/views/sync.py" line="226"/>
        <source>Exporter les diagnostics terminés</source>
        <translation>Export completed diagnostics</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="77"/>
        <source>Diagnostics à exporter</source>
        <translation>Diagnostics to export</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="83"/>
        <source>&amp;Chiffrer pour le bureau régional</source>
        <translation>&amp;Encrypt for the regional office</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="91"/>
        <source>Tout cocher</source>
        <translation>Check all</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="92"/>
        <source>Aucun</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="93"/>
        <source>E&amp;xporter vers…</source>
        <translation>E&amp;xport to…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="95"/>
        <source>Un dossier : un paquet par diagnostic…</source>
        <translation>A folder: one bundle per diagnostic…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="96"/>
        <source>Un seul fichier pour la sélection…</source>
        <translation>One file for the selection…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="101"/>
        <source>&amp;Distribuer aux experts…</source>
        <translation>&amp;Distribute to experts…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="102"/>
        <source>Créer mon &amp;identité…</source>
        <translation>Create my &amp;identity…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="115"/>
        <source>Importer des paquets reçus</source>
        <translation>Import received bundles</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="116"/>
        <source>Déposez ici des paquets .ifbundle ou un dossier</source>
        <translation>Drop .ifbundle bundles or a folder here</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="124"/>
        <source>Importer des &amp;fichiers…</source>
        <translation>Import &amp;files…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="125"/>
        <source>Importer un d&amp;ossier…</source>
        <translation>Import a f&amp;older…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="145"/>
        <source>Résultat de chaque fichier</source>
        <translation>Result of each file</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="150"/>
        <location filename="../../ifdesk/ui/views/sync.py" line="154"/>
        <source>Journal des imports</source>
        <translation>Import journal</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="152"/>
        <source>Résultat du dernier import</source>
        <translation>Result of the last import</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="153"/>
        <location filename="../../ifdesk/ui/views/sync.py" line="230"/>
        <source>Conflits</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="208"/>
        <source>Créez d&apos;abord votre identité de signature (Paramètres › Identité et confiance) : les paquets sont signés par votre clé.</source>
        <translation>First create your signing identity (Settings › Identity and trust): bundles are signed by your key.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="211"/>
        <source>Bureau régional : vous recevez les paquets des experts et leur distribuez référentiels et entreprises.</source>
        <translation>Regional office: you receive the experts&apos; bundles and distribute référentiels and companies to them.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="213"/>
        <source>Paquets chiffrés pour : {o}. Décochez « Chiffrer » seulement pour un échange sans le bureau.</source>
        <translation>Bundles encrypted for: {o}. Uncheck « Encrypt » only for an exchange without the office.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="216"/>
        <source>Aucun bureau régional enrôlé : les paquets seront signés mais pas chiffrés. Enrôlez sa carte (Paramètres › Identité et confiance) pour les chiffrer.</source>
        <translation>No regional office enrolled: bundles will be signed but not encrypted. Enrol its card (Settings › Identity and trust) to encrypt them.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="226"/>
        <location filename="../../ifdesk/ui/views/sync_distribute.py" line="23"/>
        <source>Distribuer aux experts</source>
        <translation>Distribute to experts</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="230"/>
        <source>Conflits à examiner ({n})</source>
        <translation>Conflicts to review ({n})</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="246"/>
        <source>La distribution aux experts n&apos;est pas disponible dans cette version.</source>
        <translation>Distribution to experts is not available in this version.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="249"/>
        <source>Un paquet signé de référentiels et d&apos;entreprises attribuées, pour les experts</source>
        <translation>A signed bundle of référentiels and assigned companies, for the experts</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="265"/>
        <source>Clé « {l} » ({p})</source>
        <translation>Drive « {l} » ({p})</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="271"/>
        <source>Cochez au moins un diagnostic à exporter.</source>
        <translation>Check at least one diagnostic to export.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="277"/>
        <source>Dossier ou clé USB où écrire les paquets</source>
        <translation>Folder or USB key where to write the bundles</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="289"/>
        <source>Paquet à écrire</source>
        <translation>Bundle to write</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="289"/>
        <location filename="../../ifdesk/ui/views/sync_distribute.py" line="94"/>
        <source>Paquets ifdesk (*.ifbundle)</source>
        <translation>ifdesk bundles (*.ifbundle)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="301"/>
        <source>Phrase secrète de votre identité, pour signer {n} diagnostic(s) :</source>
        <translation>Your identity&apos;s passphrase, to sign {n} diagnostic(s):</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="312"/>
        <source>{n} paquet(s) signé(s) et chiffré(s) écrit(s) dans {p}</source>
        <translation>{n} signed and encrypted bundle(s) written to {p}</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="313"/>
        <source>{n} paquet(s) signé(s), non chiffré(s), écrit(s) dans {p}</source>
        <translation>{n} signed, unencrypted bundle(s) written to {p}</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="322"/>
        <source>Export interrompu : les paquets déjà écrits sont complets.</source>
        <translation>Export interrupted: the bundles already written are complete.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="327"/>
        <source>Export…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="331"/>
        <source>Paquets à importer</source>
        <translation>Bundles to import</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="332"/>
        <source>Paquets ifdesk (*.ifbundle);;Tous les fichiers (*)</source>
        <translation>ifdesk bundles (*.ifbundle);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="337"/>
        <source>Dossier de paquets à importer</source>
        <translation>Folder of bundles to import</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="344"/>
        <source>Importer un paquet</source>
        <translation>Import a bundle</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="345"/>
        <source>Importer {f} dans cet espace de travail ?</source>
        <translation>Import {f} into this workspace?</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="345"/>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="346"/>
        <source>Le paquet est vérifié (signature, contenu) avant que rien ne soit écrit.</source>
        <translation>The bundle is verified (signature, content) before anything is written.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="356"/>
        <source>Recherche des paquets…</source>
        <translation>Looking for bundles…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="361"/>
        <source>Aucun paquet .ifbundle trouvé.</source>
        <translation>No .ifbundle bundle found.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="373"/>
        <source>Phrase secrète incorrecte. Essayez de nouveau :</source>
        <translation>Wrong passphrase. Try again:</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="374"/>
        <source>{n} paquet(s) chiffré(s) : la phrase secrète du bureau est nécessaire pour les déchiffrer.</source>
        <translation>{n} encrypted bundle(s): the office&apos;s passphrase is needed to decrypt them.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="378"/>
        <source>Import annulé : rien n&apos;a été importé.</source>
        <translation>Import cancelled: nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="400"/>
        <source>Import des paquets…</source>
        <translation>Importing bundles…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="406"/>
        <source>{n} fichier(s) : {c}</source>
        <translation>{n} file(s): {c}</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync.py" line="408"/>
        <source>Import interrompu : {k} fichier(s) non traité(s) ; ceux déjà traités sont importés.</source>
        <translation>Import interrupted: {k} file(s) not processed; those already processed are imported.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_dialogs.py" line="19"/>
        <source>Phrase secrète</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_distribute.py" line="27"/>
        <source>Un paquet signé par le bureau : les référentiels à utiliser et les entreprises attribuées à chaque expert enrôlé. Chaque expert l&apos;importe dans sa page Synchronisation.</source>
        <translation>A bundle signed by the office: the référentiels to use and the companies assigned to each enrolled expert. Each expert imports it in their Synchronisation page.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_distribute.py" line="33"/>
        <source>Ajouter un &amp;référentiel…</source>
        <translation>Add a &amp;référentiel…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_distribute.py" line="35"/>
        <source>Attribuée à</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_distribute.py" line="43"/>
        <source>&amp;Écrire le paquet…</source>
        <translation>&amp;Write the bundle…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="28"/>
        <source>Intitulé</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="29"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="30"/>
        <source>Objectif (entreprises)</source>
        <translation>Objective (companies)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="32"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="33"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="44"/>
        <location filename="../../ifdesk/ui/views/programmes.py" line="54"/>
        <source>Programmes régionaux</source>
        <translation>Regional programmes</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="48"/>
        <source>Chaque programme a une région, un budget et un objectif en entreprises diagnostiquées sur sa période. Le tableau de bord additionne les programmes d&apos;une région.</source>
        <translation>Each programme has a region, a budget and an objective in companies diagnosed over its period. The dashboard adds up a region&apos;s programmes.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="61"/>
        <source>&amp;Ajouter</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="63"/>
        <source>&amp;Supprimer</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="66"/>
        <location filename="../../ifdesk/ui/views/programmes.py" line="154"/>
        <source>Nouveau programme</source>
        <translation>New programme</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="73"/>
        <source>par ex. 20 800 000</source>
        <translation>e.g. 20 800 000</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="75"/>
        <source>par ex. 221</source>
        <translation>e.g. 221</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="81"/>
        <source>&amp;Budget (€)</source>
        <translation>&amp;Budget (€)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="82"/>
        <source>&amp;Objectif (entreprises)</source>
        <translation>&amp;Objective (companies)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="83"/>
        <source>Dé&amp;but</source>
        <translation>Sta&amp;rt</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="83"/>
        <source>&amp;Fin</source>
        <translation>E&amp;nd</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="89"/>
        <location filename="../../ifdesk/ui/views/programmes.py" line="162"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="90"/>
        <source>Abandonner</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="91"/>
        <location filename="../../ifdesk/ui/views/sync_distribute.py" line="45"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="141"/>
        <source>Aucun programme</source>
        <translation>No programme</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="141"/>
        <source>{n} programme(s) · {b} · objectif {o} entreprises</source>
        <translation>{n} programme(s) · {b} · objective {o} companies</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="170"/>
        <source>Modifier « {n} »</source>
        <translation>Edit “{n}”</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="233"/>
        <source>Supprimer le programme</source>
        <translation>Delete the programme</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="234"/>
        <source>Supprimer le programme « {n} » ({r}) ? Son budget et son objectif ne seront plus comptés.</source>
        <translation>Delete the programme “{n}” ({r})? Its budget and objective will no longer be counted.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="237"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/programmes.py" line="238"/>
        <source>Garder</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_distribute.py" line="48"/>
        <source>Référentiels distribués (le plus récent devient celui des nouveaux diagnostics) :</source>
        <translation>Distributed référentiels (the newest becomes the one for new diagnostics):</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_distribute.py" line="50"/>
        <source>Attributions :</source>
        <translation>Assignments:</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_distribute.py" line="74"/>
        <source>Aucun expert enrôlé : enrôlez d&apos;abord leurs cartes (Paramètres › Identité et confiance).</source>
        <translation>No expert enrolled: first enrol their cards (Settings › Identity and trust).</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_distribute.py" line="81"/>
        <source>Référentiel à distribuer</source>
        <translation>Référentiel to distribute</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_distribute.py" line="81"/>
        <source>Référentiels (*.yaml *.yml);;Tous les fichiers (*)</source>
        <translation>Référentiels (*.yaml *.yml);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_distribute.py" line="94"/>
        <source>Paquet de distribution</source>
        <translation>Distribution bundle</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_distribute.py" line="99"/>
        <source>Phrase secrète du bureau, pour signer la distribution :</source>
        <translation>The office&apos;s passphrase, to sign the distribution:</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_distribute.py" line="108"/>
        <source>{p} : distribution signée, {r} référentiel(s), {n} entreprise(s) attribuée(s).</source>
        <translation>{p}: signed distribution, {r} référentiel(s), {n} assigned company(ies).</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="19"/>
        <source>importé</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="19"/>
        <source>inchangé</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="19"/>
        <source>nouvelle révision</source>
        <translation>new revision</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="20"/>
        <source>conflit</source>
        <translation>conflict</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="20"/>
        <source>périmé</source>
        <translation>stale</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="20"/>
        <source>refusé</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="21"/>
        <source>résolu</source>
        <translation>resolved</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="25"/>
        <source>expert</source>
        <translation>expert</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="25"/>
        <source>bureau régional</source>
        <translation>regional office</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="29"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="29"/>
        <source>révoquée</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="29"/>
        <source>remplacée</source>
        <translation>replaced</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/sync_models.py" line="52"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
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
        <location filename="../../ifdesk/ui/views/sync_models.py" line="157"/>
        <source>À examiner</source>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="24"/>
        <source>Correspondants enrôlés (magasin de confiance)</source>
        <translation>Enrolled correspondents (trust store)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="28"/>
        <source>Les paquets ne sont acceptés que signés par une clé enrôlée ici. Enrôlez la carte d&apos;un correspondant après avoir comparé son empreinte avec lui, de vive voix.</source>
        <translation>Bundles are accepted only when signed by a key enrolled here. Enrol a correspondent&apos;s card after comparing its fingerprint with them, by voice.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="38"/>
        <source>Clés enrôlées</source>
        <translation>Enrolled keys</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="40"/>
        <source>&amp;Enrôler une carte…</source>
        <translation>&amp;Enrol a card…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="41"/>
        <source>Ré&amp;voquer…</source>
        <translation>Re&amp;voke…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="57"/>
        <source>Aucune carte enrôlée pour l&apos;instant.</source>
        <translation>No card enrolled yet.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="65"/>
        <source>Carte d&apos;identité à enrôler</source>
        <translation>Identity card to enrol</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="66"/>
        <source>Cartes d&apos;identité ifdesk (*.json);;Tous les fichiers (*)</source>
        <translation>ifdesk identity cards (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="78"/>
        <source>Clé {k}</source>
        <translation>Key {k}</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="78"/>
        <source>Empreinte de la carte :</source>
        <translation>The card&apos;s fingerprint:</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="80"/>
        <source>Appelez {n} par téléphone et faites-vous lire son empreinte, groupe par groupe. N&apos;enrôlez la carte que si les 32 caractères sont identiques : cet espace de travail acceptera ensuite les paquets signés par cette clé.</source>
        <translation>Call {n} by phone and have them read their fingerprint, group by group. Enrol the card only if all 32 characters are identical: this workspace will then accept the bundles signed by this key.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="84"/>
        <source>Cette carte remplace une clé : elle est contre-signée par l&apos;ancienne clé.</source>
        <translation>This card replaces a key: it is countersigned by the old key.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="85"/>
        <source>Enrôler une carte d&apos;identité</source>
        <translation>Enrol an identity card</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="86"/>
        <source>L&apos;empreinte est identique : enrôler</source>
        <translation>The fingerprint is identical: enrol</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="87"/>
        <source>Annuler : elle diffère ou je n&apos;ai pas pu vérifier</source>
        <translation>Cancel: it differs or I could not check</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="89"/>
        <source>Enrôlement annulé : rien n&apos;a été enregistré.</source>
        <translation>Enrolment cancelled: nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="96"/>
        <source>La clé {k} ({n}) était déjà enrôlée.</source>
        <translation>Key {k} ({n}) was already enrolled.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="98"/>
        <source>Clé {k} ({n}) enrôlée : elle remplace l&apos;ancienne clé de ce correspondant.</source>
        <translation>Key {k} ({n}) enrolled: it replaces this correspondent&apos;s old key.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="100"/>
        <source>Clé {k} ({n}) enrôlée.</source>
        <translation>Key {k} ({n}) enrolled.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="110"/>
        <source>Révoquer une clé</source>
        <translation>Revoke a key</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="111"/>
        <source>Révoquer la clé {k} de {n} ({o}) ?</source>
        <translation>Revoke key {k} of {n} ({o})?</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="112"/>
        <source>Révoquer la clé</source>
        <translation>Revoke the key</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="113"/>
        <source>Les paquets qu&apos;elle signera seront refusés. Les révisions déjà reçues sont conservées et marquées. La révocation est définitive : ce correspondant devra envoyer une nouvelle carte.</source>
        <translation>The bundles it signs will be rejected. Revisions already received are kept and marked. Revocation is final: this correspondent will have to send a new card.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/trust.py" line="119"/>
        <source>Clé {k} révoquée ; {n} révision(s) reçue(s) de cette clé sont marquées.</source>
        <translation>Key {k} revoked; {n} revision(s) received from this key are marked.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="54"/>
        <source>(sans nom)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="59"/>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="171"/>
        <source>Entreprises diagnostiquées</source>
        <translation>Companies diagnosed</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="60"/>
        <source>Dernière visite</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="125"/>
        <source>&amp;Programmes…</source>
        <translation>&amp;Programmes…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="125"/>
        <source>Budgets et objectifs des programmes régionaux</source>
        <translation>Budgets and objectives of the regional programmes</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="126"/>
        <source>&amp;Exporter les tableaux…</source>
        <translation>&amp;Export the tables…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="126"/>
        <source>Classeur Excel ou fichiers CSV, avec les filtres en cours</source>
        <translation>Excel workbook or CSV files, with the current filters</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="128"/>
        <source>Classeur Excel (.xlsx)…</source>
        <translation>Excel workbook (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="129"/>
        <source>Fichiers CSV dans un dossier…</source>
        <translation>CSV files in a folder…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="147"/>
        <source>&amp;Du</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="147"/>
        <source>Période : premier mois</source>
        <translation>Period: first month</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="148"/>
        <source>&amp;au</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="148"/>
        <source>Période : dernier mois</source>
        <translation>Period: last month</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="149"/>
        <source>&amp;Région</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="149"/>
        <source>Filtrer par région</source>
        <translation>Filter by region</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="150"/>
        <source>&amp;Secteur</source>
        <translation>&amp;Sector</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="150"/>
        <source>Filtrer par division NAF</source>
        <translation>Filter by NAF division</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="151"/>
        <source>&amp;Catégorie</source>
        <translation>Si&amp;ze</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="151"/>
        <source>Filtrer par catégorie d&apos;entreprise</source>
        <translation>Filter by size class</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="161"/>
        <source>Toutes</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="164"/>
        <source>Tout a&amp;fficher</source>
        <translation>Show a&amp;ll</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="164"/>
        <source>Retirer tous les filtres</source>
        <translation>Remove every filter</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="176"/>
        <source>Budget des programmes</source>
        <translation>Programmes budget</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="178"/>
        <source>Imports en attente de décision</source>
        <translation>Imports awaiting a decision</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="179"/>
        <source>&amp;Voir dans Synchronisation</source>
        <translation>&amp;View in Synchronisation</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="191"/>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="207"/>
        <source>Entreprises diagnostiquées par rapport à l&apos;objectif, par région</source>
        <translation>Companies diagnosed against the objective, per region</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="193"/>
        <source>par progression</source>
        <translation>by progress</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="194"/>
        <source>par nom</source>
        <translation>by name</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="195"/>
        <source>Ordre des régions</source>
        <translation>Order of the regions</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="198"/>
        <source>Ordre :</source>
        <translation>Order:</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="201"/>
        <source>Objectif : somme des programmes de la région sur la période.</source>
        <translation>Objective: sum of the region&apos;s programmes over the period.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="259"/>
        <source>Par catégorie d&apos;entreprise</source>
        <translation>By size class</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="260"/>
        <source>Par division NAF</source>
        <translation>By NAF division</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="261"/>
        <source>Par région</source>
        <translation>By region</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="262"/>
        <source>Entreprises diagnostiquées par catégorie</source>
        <translation>Companies diagnosed by size class</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="263"/>
        <source>Entreprises diagnostiquées par division NAF</source>
        <translation>Companies diagnosed by NAF division</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="264"/>
        <source>Entreprises diagnostiquées par région</source>
        <translation>Companies diagnosed by region</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="266"/>
        <source>Entreprises diagnostiquées · score global moyen</source>
        <translation>Companies diagnosed · average overall score</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="271"/>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="274"/>
        <source>Activité des experts</source>
        <translation>Experts&apos; activity</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="306"/>
        <source>Préparation des tableaux… (quelques secondes après un import important)</source>
        <translation>Preparing the tables… (a few seconds after a large import)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="307"/>
        <source>Mise à jour…</source>
        <translation>Updating…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="315"/>
        <source>Les tableaux n&apos;ont pas pu être calculés : {e}</source>
        <translation>The tables could not be computed: {e}</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="326"/>
        <source>Calculé en {ms} ms</source>
        <translation>Computed in {ms} ms</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="349"/>
        <source>premier mois</source>
        <translation>first month</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="350"/>
        <source>dernier mois</source>
        <translation>last month</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="351"/>
        <source>Toutes les régions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="352"/>
        <source>Tous les secteurs</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="391"/>
        <source>Périmètre : {s} · {n} entreprises</source>
        <translation>Scope: {s} · {n} companies</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="394"/>
        <source>sur un objectif de {o} ({p})</source>
        <translation>against an objective of {o} ({p})</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="398"/>
        <source>aucun objectif fixé pour ce périmètre</source>
        <translation>no objective set for this scope</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="402"/>
        <source> · {v} par entreprise diagnostiquée</source>
        <translation> · {v} per company diagnosed</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="403"/>
        <source>1 programme</source>
        <translation>1 programme</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="403"/>
        <source>aucun programme</source>
        <translation>no programme</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="404"/>
        <source>{n} programmes</source>
        <translation>{n} programmes</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="409"/>
        <source>{n} brouillons</source>
        <translation>{n} drafts</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="409"/>
        <source>{n} brouillon</source>
        <translation>{n} draft</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="410"/>
        <source>{n} terminés</source>
        <translation>{n} completed</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="410"/>
        <source>{n} terminé</source>
        <translation>{n} completed</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="411"/>
        <source>{n} exportés</source>
        <translation>{n} exported</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="411"/>
        <source>{n} exporté</source>
        <translation>{n} exported</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="415"/>
        <source>diagnostics reçus à trancher</source>
        <translation>received diagnostics to decide on</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="415"/>
        <source>aucun conflit</source>
        <translation>no conflict</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="420"/>
        <source>Sur {n} diagnostics terminés ou exportés ; échelle de {lo} à {hi}.</source>
        <translation>Over {n} completed or exported diagnostics; scale from {lo} to {hi}.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="452"/>
        <source>{n} · sans objectif</source>
        <translation>{n} · no objective</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="459"/>
        <source>Dossier des fichiers CSV</source>
        <translation>Folder for the CSV files</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="461"/>
        <source>Exporter les tableaux</source>
        <translation>Export the tables</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="462"/>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="475"/>
        <source>Tableaux exportés : {p} ({n} lignes)</source>
        <translation>Tables exported: {p} ({n} rows)</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="483"/>
        <source>Export annulé : aucun fichier écrit.</source>
        <translation>Export cancelled: no file written.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="485"/>
        <source>Export impossible.</source>
        <translation>Export failed.</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard.py" line="489"/>
        <source>Export des tableaux…</source>
        <translation>Exporting the tables…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_work.py" line="38"/>
        <source>Export en cours : {t}, {n} lignes…</source>
        <translation>Exporting: {t}, {n} rows…</translation>
    </message>
    <message>
        <location filename="../../ifdesk/ui/views/dashboard_work.py" line="62"/>
        <source>Programme inconnu : {id}.</source>
        <translation>Unknown programme: {id}.</translation>
    </message>
</context>
</TS>
