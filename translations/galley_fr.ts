<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AddLinkDialog</name>
    <message>
        <source>Add Link to Section</source>
        <translation>Ajouter un lien à une rubrique</translation>
    </message>
    <message>
        <source>&amp;URLs:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>One web address per line; every one becomes a link line of the item.</source>
        <translation>Une adresse web par ligne&#xa0;; chacune devient une ligne de lien de l’entrée.</translation>
    </message>
    <message>
        <source>https://… (one per line)</source>
        <translation>https://… (une par ligne)</translation>
    </message>
    <message>
        <source>&amp;Commentary:</source>
        <translation>&amp;Commentaire&#xa0;:</translation>
    </message>
    <message>
        <source>Why this link is worth the reader&apos;s time (Markdown)</source>
        <translation>Pourquoi ce lien mérite le temps du lecteur (Markdown)</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Rubrique&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Issue</source>
        <translation>Exporter le numéro</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>&amp;Email HTML (.html) – the email as subscribers get it</source>
        <translation>&amp;HTML de l’e-mail (.html) – l’e-mail tel que les abonnés le reçoivent</translation>
    </message>
    <message>
        <source>&amp;Markdown (.md) – the document with its front matter</source>
        <translation>&amp;Markdown (.md) – le document avec son en-tête YAML</translation>
    </message>
    <message>
        <source>&amp;Plain text (.txt) – the email&apos;s text part</source>
        <translation>&amp;Texte brut (.txt) – la partie texte de l’e-mail</translation>
    </message>
    <message>
        <source>Email messa&amp;ge (.eml) – open it in a mail client to send yourself a test copy</source>
        <translation>Message e-&amp;mail (.eml) – à ouvrir dans un client de messagerie pour vous envoyer un test</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nom du fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Without a suffix: each format adds its own (.html, .md, .txt, .eml).</source>
        <translation>Sans extension&#xa0;: chaque format ajoute la sienne (.html, .md, .txt, .eml).</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Newsletter</source>
        <translation>&amp;Newsletter</translation>
    </message>
    <message>
        <source>Settings you have not set are inferred from the archive and marked so. Accept them to keep them, or edit them.</source>
        <translation>Les réglages que vous n’avez pas définis sont déduits des archives et signalés comme tels. Acceptez-les pour les garder, ou modifiez-les.</translation>
    </message>
    <message>
        <source>Newsletter &amp;name:</source>
        <translation>&amp;Nom de la newsletter&#xa0;:</translation>
    </message>
    <message>
        <source>inferred from the archive</source>
        <translation>déduit des archives</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>&amp;Title pattern:</source>
        <translation>Modèle de &amp;titre&#xa0;:</translation>
    </message>
    <message>
        <source>Published on:</source>
        <translation>Parution le&#xa0;:</translation>
    </message>
    <message>
        <source>at</source>
        <translation>à</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>&amp;Cadence:</source>
        <translation>&amp;Périodicité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sponsor slot label:</source>
        <translation>Libellé de l’emplacement &amp;sponsor&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Footer text:</source>
        <translation>Texte du &amp;pied de page&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ections</source>
        <translation>R&amp;ubriques</translation>
    </message>
    <message>
        <source>A new issue gets these sections, in this order.</source>
        <translation>Un nouveau numéro reçoit ces rubriques, dans cet ordre.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <source>Heading style</source>
        <translation>Style de titre</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Des&amp;cendre</translation>
    </message>
    <message>
        <source>&amp;Item Format</source>
        <translation>Format des &amp;entrées</translation>
    </message>
    <message>
        <source>How Add Link writes an item: {{commentary}} and {{urls}} (one link line per URL, from the link line template).</source>
        <translation>Comment «&#xa0;Ajouter un lien&#xa0;» écrit une entrée&#xa0;: {{commentary}} et {{urls}} (une ligne de lien par URL, selon le modèle de ligne de lien).</translation>
    </message>
    <message>
        <source>Edit All &amp;Templates…</source>
        <translation>Modifier tous les &amp;modèles…</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>S&amp;ender:</source>
        <translation>&amp;Expéditeur&#xa0;:</translation>
    </message>
    <message>
        <source>Ops Weekly &lt;editor@example.com&gt;</source>
        <translation>Ops Weekly &lt;redaction@example.com&gt;</translation>
    </message>
    <message>
        <source>&amp;Reply-to:</source>
        <translation>&amp;Répondre à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To (for .eml files):</source>
        <translation>&amp;À (pour les fichiers .eml)&#xa0;:</translation>
    </message>
    <message>
        <source>subscribers@example.com</source>
        <translation>abonnes@example.com</translation>
    </message>
    <message>
        <source>&amp;Merge tags for:</source>
        <translation>Balises de &amp;fusion pour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe tag:</source>
        <translation>Balise de &amp;désinscription&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;View-online tag:</source>
        <translation>Balise de &amp;version en ligne&#xa0;:</translation>
    </message>
    <message>
        <source>Newsletter &amp;language:</source>
        <translation>&amp;Langue de la newsletter&#xa0;:</translation>
    </message>
    <message>
        <source>en</source>
        <translation>en</translation>
    </message>
    <message>
        <source>&amp;Interface</source>
        <translation>&amp;Interface</translation>
    </message>
    <message>
        <source>&amp;Language of Galley:</source>
        <translation>&amp;Langue de Galley&#xa0;:</translation>
    </message>
    <message>
        <source>Takes effect the next time Galley starts.</source>
        <translation>Prend effet au prochain démarrage de Galley.</translation>
    </message>
    <message>
        <source>New section name</source>
        <translation>Nom de la nouvelle rubrique</translation>
    </message>
    <message>
        <source>T&amp;ag links with UTM parameters for analytics</source>
        <translation>&amp;Ajouter des paramètres UTM aux liens (statistiques)</translation>
    </message>
    <message>
        <source>Adds utm_source, utm_medium and utm_campaign to the http(s) links of the email (preview, export, copy); the issue&apos;s Markdown and the archive keep the clean links.</source>
        <translation>Ajoute utm_source, utm_medium et utm_campaign aux liens http(s) de l’e-mail (aperçu, export, copie)&#xa0;; le Markdown du numéro et l’archive gardent les liens sans paramètres.</translation>
    </message>
    <message>
        <source>utm_s&amp;ource:</source>
        <translation>utm_s&amp;ource&#xa0;:</translation>
    </message>
    <message>
        <source>utm_me&amp;dium:</source>
        <translation>utm_me&amp;dium&#xa0;:</translation>
    </message>
    <message>
        <source>utm_&amp;campaign:</source>
        <translation>utm_&amp;campaign&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Never tag:</source>
        <translation>&amp;Ne jamais marquer&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Spelling language:</source>
        <translation>Langue de l’&amp;orthographe :</translation>
    </message>
    <message>
        <source>The dictionary the editor, the Check panel and galley spell use, such as en-GB or de. Empty: the newsletter&apos;s language. An issue&apos;s front matter can name its own (lang: fr).</source>
        <translation>Le dictionnaire qu’utilisent l’éditeur, le panneau de vérification et galley spell, par exemple en-GB ou de. Vide : la langue de la lettre. Le front matter d’un numéro peut nommer la sienne (lang: fr).</translation>
    </message>
</context>
<context>
    <name>SponsorsDialog</name>
    <message>
        <source>Sponsors and Bookings</source>
        <translation>Sponsors et réservations</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Copy (Markdown):</source>
        <translation>&amp;Texte (Markdown)&#xa0;:</translation>
    </message>
    <message>
        <source>Lin&amp;k:</source>
        <translation>Lie&amp;n&#xa0;:</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>L&amp;ogo URL:</source>
        <translation>URL du l&amp;ogo&#xa0;:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes&#xa0;:</translation>
    </message>
    <message>
        <source>Active:</source>
        <translation>Actif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation>&amp;du</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;au</translation>
    </message>
    <message>
        <source>&amp;Bookings</source>
        <translation>&amp;Réservations</translation>
    </message>
    <message>
        <source>Coming issues to show:</source>
        <translation>Numéros à venir affichés&#xa0;:</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Top slot</source>
        <translation>Emplacement du haut</translation>
    </message>
    <message>
        <source>Closing slot</source>
        <translation>Emplacement de fin</translation>
    </message>
    <message>
        <source>For the selected issue:</source>
        <translation>Pour le numéro sélectionné&#xa0;:</translation>
    </message>
    <message>
        <source>B&amp;ook</source>
        <translation>Ré&amp;server</translation>
    </message>
    <message>
        <source>&amp;Free Slot</source>
        <translation>&amp;Libérer l’emplacement</translation>
    </message>
    <message>
        <source>Problems with the bookings:</source>
        <translation>Problèmes de réservation&#xa0;:</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>&amp;Templates:</source>
        <translation>&amp;Modèles&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Placeholders (double-click to insert):</source>
        <translation>&amp;Espaces réservés (double-clic pour insérer)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reset to Default</source>
        <translation>&amp;Rétablir la valeur par défaut</translation>
    </message>
    <message>
        <source>&amp;Import Set…</source>
        <translation>&amp;Importer un jeu…</translation>
    </message>
    <message>
        <source>E&amp;xport Set…</source>
        <translation>E&amp;xporter le jeu…</translation>
    </message>
    <message>
        <source>Preview with sample values:</source>
        <translation>Aperçu avec des valeurs d’exemple&#xa0;:</translation>
    </message>
</context>
<context>
    <name>galley::AddLink</name>
    <message>
        <source>Give at least one URL to add.</source>
        <translation>Indiquez au moins une URL à ajouter.</translation>
    </message>
    <message>
        <source>%1 is already in this issue, on line %2.</source>
        <translation>%1 figure déjà dans ce numéro, ligne %2.</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 est indiqué deux fois.</translation>
    </message>
    <message>
        <source>There is no section &quot;%1&quot; in this issue (it has: %2).</source>
        <translation>Ce numéro n’a pas de rubrique «&#xa0;%1&#xa0;» (il a&#xa0;: %2).</translation>
    </message>
</context>
<context>
    <name>galley::ArchiveImporter</name>
    <message>
        <source>No such file or folder.</source>
        <translation>Fichier ou dossier introuvable.</translation>
    </message>
    <message>
        <source>reading this file took %1 s; Markdown like it (for example many unclosed brackets) is slow to parse, and so will be its preview.</source>
        <translation>la lecture de ce fichier a pris %1 s ; un tel Markdown (par exemple de nombreux crochets non fermés) est lent à analyser, et son aperçu le sera aussi.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>le fichier est vide.</translation>
    </message>
    <message>
        <source>not an issue: it has no front matter with a date or an issue number. Name the file itself to import it anyway.</source>
        <translation>pas un numéro&#xa0;: son en-tête YAML n’a ni date ni numéro. Nommez le fichier lui-même pour l’importer malgré tout.</translation>
    </message>
</context>
<context>
    <name>galley::AtomicFile</name>
    <message>
        <source>only %1 of %2 bytes could be written; is the disk full?</source>
        <translation>seuls %1 octets sur %2 ont pu être écrits&#xa0;; le disque est-il plein&#xa0;?</translation>
    </message>
    <message>
        <source>Cannot write here: %1.</source>
        <translation>Impossible d’écrire ici&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Writing failed (%1).</source>
        <translation>L’écriture a échoué (%1).</translation>
    </message>
    <message>
        <source>This is a folder; give a file name to write to.</source>
        <translation>C’est un dossier&#xa0;; indiquez un nom de fichier où écrire.</translation>
    </message>
    <message>
        <source>Writing failed (%1); the old file, if any, is unchanged.</source>
        <translation>L’écriture a échoué (%1)&#xa0;; l’ancien fichier, s’il existe, n’a pas été modifié.</translation>
    </message>
    <message>
        <source>This is a symbolic link that another user made in a shared folder; Galley does not write through it. Remove it or choose another file name.</source>
        <translation>C’est un lien symbolique créé par un autre utilisateur dans un dossier partagé ; Galley n’écrit pas à travers lui. Supprimez-le ou choisissez un autre nom de fichier.</translation>
    </message>
</context>
<context>
    <name>galley::EditorLauncher</name>
    <message>
        <source>galley: this build has no editor window (built without GUI); see &apos;galley --help&apos;</source>
        <translation>galley&#xa0;: cette version n’a pas de fenêtre d’éditeur (compilée sans interface graphique)&#xa0;; voir &apos;galley --help&apos;</translation>
    </message>
    <message>
        <source>galley: the editor window is not installed; looked for:%1
Reinstall Galley, or use a command without the window (see &apos;galley --help&apos;).</source>
        <translation>galley&#xa0;: la fenêtre de l’éditeur n’est pas installée&#xa0;; emplacements cherchés&#xa0;:%1
Réinstallez Galley, ou utilisez une commande sans fenêtre (voir &apos;galley --help&apos;).</translation>
    </message>
    <message>
        <source>galley: cannot start the editor window %1</source>
        <translation>galley&#xa0;: impossible de démarrer la fenêtre de l’éditeur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>galley::EmailSettings</name>
    <message>
        <source>No sender is set: the .eml is sent from %1. Set the sender in Preferences (Email) before sending it.</source>
        <translation>Aucun expéditeur n’est défini&#xa0;: le .eml est envoyé depuis %1. Définissez l’expéditeur dans les Préférences (E-mail) avant de l’envoyer.</translation>
    </message>
</context>
<context>
    <name>galley::EmlMessage</name>
    <message>
        <source>Galley&apos;s .eml writer cannot be loaded: %1. Reinstall Galley.</source>
        <translation>Le module .eml de Galley ne peut pas être chargé : %1. Réinstallez Galley.</translation>
    </message>
    <message>
        <source>The %1 address &apos;%2&apos; is not a valid email address; write it as name@example.com or Name &lt;name@example.com&gt;.</source>
        <translation>L’adresse %1 «&#xa0;%2&#xa0;» n’est pas une adresse e-mail valide&#xa0;; écrivez-la sous la forme nom@example.com ou Nom &lt;nom@example.com&gt;.</translation>
    </message>
    <message>
        <source>sender (From)</source>
        <translation>d’expéditeur (From)</translation>
    </message>
    <message>
        <source>recipient (To)</source>
        <translation>de destinataire (To)</translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation>de réponse (Reply-To)</translation>
    </message>
    <message>
        <source>The %1 holds a line break or control character, which would add lines to the message&apos;s header; write it on one line in %2.</source>
        <translation>Le champ %1 contient un saut de ligne ou un caractère de contrôle, qui ajouterait des lignes à l’en-tête du message ; écrivez-le sur une seule ligne dans %2.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>the issue&apos;s title or subject</source>
        <translation>le titre ou l’objet du numéro</translation>
    </message>
</context>
<context>
    <name>galley::ExportFiles</name>
    <message>
        <source>The email message cannot be built: %1 Check the addresses in Preferences.</source>
        <translation>Impossible de créer le message e-mail&#xa0;: %1 Vérifiez les adresses dans les préférences.</translation>
    </message>
</context>
<context>
    <name>galley::FrontMatter</name>
    <message>
        <source>The front matter is not valid YAML (%1). Check quotes and colons on this line; a title with &apos; #&apos; needs quotes or &apos;\#&apos;.</source>
        <translation>L’en-tête YAML n’est pas valide (%1). Vérifiez les guillemets et les deux-points de cette ligne&#xa0;; un titre contenant «&#xa0;#&#xa0;» doit être entre guillemets ou écrire «&#xa0;\#&#xa0;».</translation>
    </message>
    <message>
        <source>The front matter must be a list of &apos;key: value&apos; lines.</source>
        <translation>L’en-tête YAML doit être une liste de lignes «&#xa0;clé: valeur&#xa0;».</translation>
    </message>
    <message>
        <source>The value of &apos;%1&apos; opens a quote that is never closed. Add the closing quote (YAML) at the end of the value.</source>
        <translation>La valeur de «&#xa0;%1&#xa0;» ouvre un guillemet qui n’est jamais fermé. Ajoutez le guillemet fermant (YAML) à la fin de la valeur.</translation>
    </message>
</context>
<context>
    <name>galley::Inbox</name>
    <message>
        <source>This XML file is no RSS or Atom feed (it starts with &lt;%1&gt;).</source>
        <translation>Ce fichier XML n’est pas un flux RSS ou Atom (il commence par &lt;%1&gt;).</translation>
    </message>
    <message>
        <source>The feed cannot be read: %1.</source>
        <translation>Le flux ne peut pas être lu : %1.</translation>
    </message>
    <message>
        <source>This file holds no feed.</source>
        <translation>Ce fichier ne contient aucun flux.</translation>
    </message>
    <message>
        <source>This file is neither an RSS or Atom feed nor a bookmarks file exported from a browser (HTML).</source>
        <translation>Ce fichier n’est ni un flux RSS ou Atom, ni un fichier de marque-pages exporté d’un navigateur (HTML).</translation>
    </message>
</context>
<context>
    <name>galley::IssueBlocks</name>
    <message>
        <source>TK sponsor copy: no sponsor is booked for this issue.</source>
        <translation>TK sponsor copy: no sponsor is booked for this issue.</translation>
    </message>
</context>
<context>
    <name>galley::IssueDocument</name>
    <message>
        <source>The front matter that starts here is never closed: add a line with &apos;---&apos; after the last &apos;key: value&apos; line.</source>
        <translation>L’en-tête YAML qui commence ici n’est jamais fermé&#xa0;: ajoutez une ligne «&#xa0;---&#xa0;» après la dernière ligne «&#xa0;clé: valeur&#xa0;».</translation>
    </message>
    <message>
        <source>The date &apos;%1&apos; is not an ISO 8601 date; write it like 2025-01-26 or 2025-01-26T09:00:00+00:00.</source>
        <translation>La date «&#xa0;%1&#xa0;» n’est pas au format ISO 8601&#xa0;; écrivez-la comme 2025-01-26 ou 2025-01-26T09:00:00+00:00.</translation>
    </message>
    <message>
        <source>The issue number must be a whole number, like &apos;issue: 104&apos;.</source>
        <translation>Le numéro doit être un nombre entier, par exemple «&#xa0;issue: 104&#xa0;».</translation>
    </message>
    <message>
        <source>No such file. Check the path.</source>
        <translation>Fichier introuvable. Vérifiez le chemin.</translation>
    </message>
    <message>
        <source>This is a folder, not an issue file.</source>
        <translation>C’est un dossier, pas un fichier de numéro.</translation>
    </message>
    <message>
        <source>The file is %1 MB; issues larger than %2 MB are not opened.</source>
        <translation>Le fichier fait %1 Mo&#xa0;; les numéros de plus de %2 Mo ne sont pas ouverts.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Le fichier ne peut pas être lu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Reading the file failed: %1.</source>
        <translation>La lecture du fichier a échoué&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This is not a regular file (it is a device, a pipe or a socket); only issue files can be opened.</source>
        <translation>Ce n’est pas un fichier ordinaire (c’est un périphérique, un tube ou une socket) ; seuls les fichiers de numéros peuvent être ouverts.</translation>
    </message>
</context>
<context>
    <name>galley::LinkCheck</name>
    <message>
        <source>answers (HTTP %1)</source>
        <translation>répond (HTTP %1)</translation>
    </message>
    <message>
        <source>redirects to %1</source>
        <translation>redirige vers %1</translation>
    </message>
    <message>
        <source>has moved permanently to %1</source>
        <translation>a été déplacé définitivement vers %1</translation>
    </message>
    <message>
        <source>is not found (HTTP 404)</source>
        <translation>est introuvable (HTTP 404)</translation>
    </message>
    <message>
        <source>is gone for good (HTTP 410)</source>
        <translation>a disparu définitivement (HTTP 410)</translation>
    </message>
    <message>
        <source>refuses more requests (HTTP 429), also after waiting as asked</source>
        <translation>refuse d’autres requêtes (HTTP 429), même après l’attente demandée</translation>
    </message>
    <message>
        <source>fails on the server (HTTP %1)</source>
        <translation>échoue sur le serveur (HTTP %1)</translation>
    </message>
    <message>
        <source>is refused (HTTP %1)</source>
        <translation>est refusé (HTTP %1)</translation>
    </message>
    <message>
        <source>names a host that does not exist (DNS lookup failed)</source>
        <translation>nomme un hôte qui n’existe pas (échec de la résolution DNS)</translation>
    </message>
    <message>
        <source>has a certificate that cannot be trusted (TLS error: %1)</source>
        <translation>a un certificat non fiable (erreur TLS : %1)</translation>
    </message>
    <message>
        <source>refuses the connection</source>
        <translation>refuse la connexion</translation>
    </message>
    <message>
        <source>does not answer (timed out)</source>
        <translation>ne répond pas (délai dépassé)</translation>
    </message>
    <message>
        <source>redirects in a loop</source>
        <translation>redirige en boucle</translation>
    </message>
    <message>
        <source>redirects more than 10 times</source>
        <translation>redirige plus de 10 fois</translation>
    </message>
    <message>
        <source>cannot be reached (%1)</source>
        <translation>est injoignable (%1)</translation>
    </message>
    <message>
        <source>was not checked: offline</source>
        <translation>n’a pas été vérifié : hors ligne</translation>
    </message>
    <message>
        <source>is not a web address</source>
        <translation>n’est pas une adresse web</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>%1 has moved permanently to %2: link there instead.</source>
        <translation>%1 a été déplacé définitivement vers %2 : mettez plutôt ce lien.</translation>
    </message>
    <message>
        <source>%1 answers the same over https: link to %2 instead.</source>
        <translation>%1 répond de même en https : mettez plutôt le lien %2.</translation>
    </message>
    <message numerus="yes">
        <source>Links not checked: offline (%n link(s)).</source>
        <translation>
            <numerusform>Liens non vérifiés : hors ligne (%n lien).</numerusform>
            <numerusform>Liens non vérifiés : hors ligne (%n liens).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::NewsletterProfile</name>
    <message>
        <source>the stored newsletter settings are not a JSON object (%1); set them again in Preferences.</source>
        <translation>les réglages enregistrés de la newsletter ne sont pas un objet JSON (%1)&#xa0;; redéfinissez-les dans les préférences.</translation>
    </message>
</context>
<context>
    <name>galley::NewsletterText</name>
    <message>
        <source>View online</source>
        <translation>Voir en ligne</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Se désabonner</translation>
    </message>
    <message>
        <source>You are receiving this email because you subscribed to this newsletter.</source>
        <translation>Vous recevez cet e-mail car vous êtes abonné à cette newsletter.</translation>
    </message>
    <message>
        <source>You are receiving this email because you subscribed to %1.</source>
        <translation>Vous recevez cet e-mail car vous êtes abonné à %1.</translation>
    </message>
    <message>
        <source>View online:</source>
        <translation>Voir en ligne :</translation>
    </message>
    <message>
        <source>Unsubscribe:</source>
        <translation>Se désabonner :</translation>
    </message>
    <message>
        <source>From our sponsor, {name}</source>
        <translation>Notre sponsor : {name}</translation>
    </message>
    <message>
        <source>From our sponsor</source>
        <translation>Notre sponsor</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Actualités</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>On-call rotations that fit how your team actually works.</source>
        <translation>Des astreintes adaptées à la façon dont votre équipe travaille vraiment.</translation>
    </message>
    <message>
        <source>A clear write-up of why egress filtering matters, with examples of what it would have caught.</source>
        <translation>Un exposé clair de l’intérêt du filtrage sortant, avec des exemples de ce qu’il aurait intercepté.</translation>
    </message>
    <message>
        <source>This week: a bit of everything.</source>
        <translation>Cette semaine&#xa0;: un peu de tout.</translation>
    </message>
    <message>
        <source>All issues</source>
        <translation>Tous les numéros</translation>
    </message>
    <message>
        <source>Every link</source>
        <translation>Tous les liens</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>No issue has been published yet.</source>
        <translation>Aucun numéro n&apos;a encore été publié.</translation>
    </message>
    <message>
        <source>Newer issues</source>
        <translation>Numéros plus récents</translation>
    </message>
    <message>
        <source>Older issues</source>
        <translation>Numéros plus anciens</translation>
    </message>
    <message>
        <source>Previous issue</source>
        <translation>Numéro précédent</translation>
    </message>
    <message>
        <source>Next issue</source>
        <translation>Numéro suivant</translation>
    </message>
    <message>
        <source>Every link featured</source>
        <translation>Tous les liens présentés</translation>
    </message>
    <message>
        <source>No links yet.</source>
        <translation>Pas encore de liens.</translation>
    </message>
    <message>
        <source>Newsletter archive</source>
        <translation>Archives de la newsletter</translation>
    </message>
</context>
<context>
    <name>galley::NextIssuePlanner</name>
    <message>
        <source>An issue needs a number of 1 or more and a valid date.</source>
        <translation>Un numéro doit avoir un numéro supérieur ou égal à 1 et une date valide.</translation>
    </message>
    <message>
        <source>TK intro</source>
        <translation>TK intro</translation>
    </message>
</context>
<context>
    <name>galley::PasswordVault</name>
    <message>
        <source>Galley&apos;s keyring access cannot be loaded: %1.</source>
        <translation>L’accès de Galley au trousseau ne peut pas être chargé : %1.</translation>
    </message>
    <message>
        <source>The keyring did not take the password (%1).</source>
        <translation>Le trousseau n’a pas accepté le mot de passe (%1).</translation>
    </message>
</context>
<context>
    <name>galley::Preflight</name>
    <message>
        <source>The issue has no sections (headings such as News or Tools).</source>
        <translation>Le numéro n’a pas de rubriques (des titres comme «&#xa0;News&#xa0;» ou «&#xa0;Tools&#xa0;»).</translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; is empty: add items or remove it.</source>
        <translation>La rubrique «&#xa0;%1&#xa0;» est vide&#xa0;: ajoutez des entrées ou supprimez-la.</translation>
    </message>
    <message>
        <source>There is no sponsor block (a &quot;%1, &lt;name&gt;&quot; heading).</source>
        <translation>Il n’y a pas de bloc sponsor (un titre «&#xa0;%1, &lt;nom&gt;&#xa0;»).</translation>
    </message>
    <message>
        <source>The sponsor slot is empty: book a sponsor or remove the block.</source>
        <translation>L’emplacement sponsor est vide&#xa0;: réservez un sponsor ou supprimez le bloc.</translation>
    </message>
    <message>
        <source>The sponsor block has no link.</source>
        <translation>Le bloc sponsor n’a pas de lien.</translation>
    </message>
    <message>
        <source>The issue does not end with the sponsor&apos;s copy and link repeated (the closing sponsor slot).</source>
        <translation>Le numéro ne se termine pas par la reprise du texte et du lien du sponsor (l’emplacement sponsor de fin).</translation>
    </message>
    <message>
        <source>The closing sponsor slot differs from the top one (line %1): copy and link should be the same.</source>
        <translation>L’emplacement sponsor de fin diffère de celui du haut (ligne %1)&#xa0;: le texte et le lien devraient être identiques.</translation>
    </message>
    <message>
        <source>No sponsor is booked for this issue, but it carries %1.</source>
        <translation>Aucun sponsor n’est réservé pour ce numéro, mais il contient %1.</translation>
    </message>
    <message>
        <source>This issue is booked for %1, but it carries %2.</source>
        <translation>Ce numéro est réservé pour %1, mais il contient %2.</translation>
    </message>
    <message>
        <source>A template placeholder was left in: %1</source>
        <translation>Un espace réservé du modèle est resté&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; marks something still to write: %2</source>
        <translation>«&#xa0;%1&#xa0;» signale un passage encore à écrire&#xa0;: %2</translation>
    </message>
    <message>
        <source>The title says #%1 but the front matter says issue: %2.</source>
        <translation>Le titre indique #%1 mais l’en-tête YAML indique issue: %2.</translation>
    </message>
    <message>
        <source>The title says %1 but the front matter&apos;s date is %2.</source>
        <translation>Le titre indique %1 mais la date de l’en-tête YAML est %2.</translation>
    </message>
    <message>
        <source>Issue #%1 already exists in the archive (%2).</source>
        <translation>Le numéro #%1 existe déjà dans les archives (%2).</translation>
    </message>
    <message>
        <source>The archive&apos;s previous issue is #%1, so this one should be #%2, not #%3.</source>
        <translation>Le numéro précédent des archives est le #%1&#xa0;; celui-ci devrait donc être le #%2, pas le #%3.</translation>
    </message>
    <message>
        <source>This issue is dated %1, not after the previous issue #%2 (%3).</source>
        <translation>Ce numéro est daté du %1, ce qui n’est pas après le numéro précédent #%2 (%3).</translation>
    </message>
    <message>
        <source>The email has no subject: set a title (or subject) in the front matter.</source>
        <translation>L’e-mail n’a pas d’objet&#xa0;: définissez un titre (ou subject) dans l’en-tête YAML.</translation>
    </message>
    <message>
        <source>The subject is %1 characters long; mail clients cut it after about %2.</source>
        <translation>L’objet fait %1 caractères&#xa0;; les clients de messagerie le coupent après environ %2.</translation>
    </message>
    <message>
        <source>There is no preheader: inboxes will show the start of the intro instead.</source>
        <translation>Il n’y a pas de pré-en-tête&#xa0;: les boîtes de réception afficheront le début de l’introduction.</translation>
    </message>
    <message>
        <source>The preheader is %1 characters long; inboxes show about %2.</source>
        <translation>Le pré-en-tête fait %1 caractères&#xa0;; les boîtes de réception en affichent environ %2.</translation>
    </message>
    <message>
        <source>The email&apos;s HTML is %1 KB; Gmail clips messages over %2 KB.</source>
        <translation>Le HTML de l’e-mail fait %1 Ko&#xa0;; Gmail tronque les messages de plus de %2 Ko.</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation>n° %1 (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>«&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>%1 is not https: readers&apos; browsers may warn or block it.</source>
        <translation>%1 n’est pas en https&#xa0;: les navigateurs des lecteurs peuvent avertir ou le bloquer.</translation>
    </message>
    <message>
        <source>%1 is not an https link.</source>
        <translation>%1 n’est pas un lien https.</translation>
    </message>
    <message>
        <source>%1 is already linked on line %2 of this issue.</source>
        <translation>%1 est déjà lié à la ligne %2 de ce numéro.</translation>
    </message>
    <message>
        <source>%1 was featured before, in %2.</source>
        <translation>%1 a déjà été présenté, dans %2.</translation>
    </message>
    <message>
        <source>A link is not closed: &quot;%1&quot; needs a &apos;)&apos;.</source>
        <translation>Un lien n’est pas fermé&#xa0;: «&#xa0;%1&#xa0;» a besoin d’une «&#xa0;)&#xa0;».</translation>
    </message>
    <message>
        <source>The link shows %1 but goes to %2.</source>
        <translation>Le lien affiche %1 mais mène à %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) have waited in the inbox for more than %1: the oldest since %2 (%3). Use them or dismiss them.</source>
        <translation>
            <numerusform>%n lien attend dans la boîte de réception depuis plus de %1&#xa0;: le plus ancien depuis le %2 (%3). Utilisez-le ou écartez-le.</numerusform>
            <numerusform>%n liens attendent dans la boîte de réception depuis plus de %1&#xa0;: le plus ancien depuis le %2 (%3). Utilisez-les ou écartez-les.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>In the front matter&apos;s %1, &quot;%2&quot; is a YAML comment and is left out: the %1 reads &quot;%3&quot;. Write \# instead of #, or put the %1 in quotes.</source>
        <translation>Dans l&apos;en-tête, «&#xa0;%2&#xa0;» dans %1 est un commentaire YAML et disparaît&#xa0;: %1 devient «&#xa0;%3&#xa0;». Écrivez \# au lieu de #, ou mettez %1 entre guillemets.</translation>
    </message>
</context>
<context>
    <name>galley::PrivateFiles</name>
    <message>
        <source>%1 is not a folder of yours that only you can open; another user may have made it</source>
        <translation>%1 n’est pas un dossier à vous que vous seul pouvez ouvrir ; un autre utilisateur l’a peut-être créé</translation>
    </message>
</context>
<context>
    <name>galley::ScalarSettings</name>
    <message>
        <source>Hours a link check&apos;s answer is used again without asking the server.</source>
        <translation>Heures pendant lesquelles la réponse d’une vérification de lien est réutilisée sans interroger le serveur.</translation>
    </message>
    <message>
        <source>Milliseconds the link checker waits for each answer.</source>
        <translation>Millisecondes pendant lesquelles la vérification des liens attend chaque réponse.</translation>
    </message>
    <message>
        <source>Weeks after which the check notes links still waiting in the inbox (0: never).</source>
        <translation>Semaines après lesquelles la vérification signale les liens qui attendent encore dans la boîte de réception (0&#xa0;: jamais).</translation>
    </message>
</context>
<context>
    <name>galley::SendingSettings</name>
    <message>
        <source>No SMTP server is set: enter one in Preferences ▸ Sending.</source>
        <translation>Aucun serveur SMTP n’est défini : indiquez-en un dans Préférences ▸ Envoi.</translation>
    </message>
    <message>
        <source>Sending without encryption is only allowed to this computer (localhost, 127.0.0.1, ::1); choose STARTTLS or TLS for %1.</source>
        <translation>L’envoi sans chiffrement n’est permis que vers cet ordinateur (localhost, 127.0.0.1, ::1) ; choisissez STARTTLS ou TLS pour %1.</translation>
    </message>
    <message>
        <source>No test recipient is set: enter your own address in Preferences ▸ Sending.</source>
        <translation>Aucun destinataire de test n’est défini : indiquez votre propre adresse dans Préférences ▸ Envoi.</translation>
    </message>
    <message>
        <source>A test goes to at most %1 addresses (%2 are set): this is a proof, not a mailing.</source>
        <translation>Un test part vers %1 adresses au plus (%2 sont définies) : c’est une épreuve, pas un envoi.</translation>
    </message>
    <message>
        <source>The test recipient &apos;%1&apos; is not an email address; write it as name@example.com.</source>
        <translation>Le destinataire de test « %1 » n’est pas une adresse e-mail ; écrivez-la sous la forme nom@example.com.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an SMTP server; write it as smtp://[user@]host[:port] (STARTTLS) or smtps://[user@]host[:port] (TLS), without a password.</source>
        <translation>« %1 » n’est pas un serveur SMTP ; écrivez smtp://[utilisateur@]hôte[:port] (STARTTLS) ou smtps://[utilisateur@]hôte[:port] (TLS), sans mot de passe.</translation>
    </message>
    <message>
        <source>The store&apos;s sending settings cannot be read (%1); set them again in Preferences ▸ Sending.</source>
        <translation>Les réglages d’envoi de la base ne peuvent pas être lus (%1) ; définissez-les à nouveau dans Préférences ▸ Envoi.</translation>
    </message>
</context>
<context>
    <name>galley::SitePublisher</name>
    <message>
        <source>Name the folder to publish the site into.</source>
        <translation>Indiquez le dossier où publier le site.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>%1 is not empty and holds no site Galley published. Publish into an empty or new folder, or use --force to publish there anyway (files of the site&apos;s names are replaced; no other file is removed).</source>
        <translation>%1 n&apos;est pas vide et ne contient aucun site publié par Galley. Publiez dans un dossier vide ou nouveau, ou utilisez --force pour y publier quand même (les fichiers portant les noms du site sont remplacés ; aucun autre fichier n&apos;est supprimé).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write the site: %1. The previous site is left as it was.</source>
        <translation>Impossible d&apos;écrire le site : %1. Le site précédent reste tel qu&apos;il était.</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>no space left on the device</source>
        <translation>plus d&apos;espace sur le périphérique</translation>
    </message>
    <message>
        <source>Cannot put the new page %1 in place; the site is incomplete: publish again.</source>
        <translation>Impossible de mettre la nouvelle page %1 en place ; le site est incomplet : publiez à nouveau.</translation>
    </message>
    <message>
        <source>Cannot publish: the disk that holds %1 is full (%2). The previous site is left as it was; free some space and publish again.</source>
        <translation>Publication impossible : le disque qui contient %1 est plein (%2). Le site précédent reste tel qu&apos;il était ; libérez de l&apos;espace et publiez à nouveau.</translation>
    </message>
    <message>
        <source>%1 needed, %2 free</source>
        <translation>%1 nécessaires, %2 libres</translation>
    </message>
    <message>
        <source>%1, while writing %2</source>
        <translation>%1, en écrivant %2</translation>
    </message>
</context>
<context>
    <name>galley::SiteSettings</name>
    <message>
        <source>The site settings cannot be read: %1.</source>
        <translation>Les réglages du site ne peuvent pas être lus : %1.</translation>
    </message>
    <message>
        <source>The site has no base URL: give the address it will be served from, such as https://news.example.com/.</source>
        <translation>Le site n&apos;a pas d&apos;URL de base : indiquez l&apos;adresse où il sera servi, par exemple https://news.example.com/.</translation>
    </message>
    <message>
        <source>The base URL &apos;%1&apos; is not an http or https address.</source>
        <translation>L&apos;URL de base « %1 » n&apos;est pas une adresse http ou https.</translation>
    </message>
    <message>
        <source>The base URL &apos;%1&apos; names no host.</source>
        <translation>L&apos;URL de base « %1 » ne nomme aucun hôte.</translation>
    </message>
    <message>
        <source>The base URL &apos;%1&apos; must not have a query or fragment.</source>
        <translation>L&apos;URL de base « %1 » ne doit avoir ni requête ni fragment.</translation>
    </message>
    <message>
        <source>The page address pattern has an unknown placeholder {%1}; use %2.</source>
        <translation>Le modèle d&apos;adresse des pages contient un paramètre inconnu {%1} ; utilisez %2.</translation>
    </message>
    <message>
        <source>The page address pattern needs {number} or {slug}, so that every issue has its own page.</source>
        <translation>Le modèle d&apos;adresse des pages doit contenir {number} ou {slug}, pour que chaque numéro ait sa propre page.</translation>
    </message>
    <message>
        <source>The page address pattern must stay inside the site (no &apos;..&apos;).</source>
        <translation>Le modèle d&apos;adresse des pages doit rester dans le site (pas de « .. »).</translation>
    </message>
</context>
<context>
    <name>galley::SmtpSender</name>
    <message>
        <source> (the server said: %1)</source>
        <translation> (le serveur a répondu : %1)</translation>
    </message>
    <message>
        <source>%1 refused the connection. Check the SMTP host and port in Preferences ▸ Sending (usually 587 for STARTTLS, 465 for TLS) and that the server is running. Nothing was sent.</source>
        <translation>%1 a refusé la connexion. Vérifiez l’hôte et le port SMTP dans Préférences ▸ Envoi (en général 587 pour STARTTLS, 465 pour TLS) et que le serveur fonctionne. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The SMTP server %1 was not found: no such host name. Check its spelling in Preferences ▸ Sending and your network connection. Nothing was sent.</source>
        <translation>Le serveur SMTP %1 est introuvable : ce nom d’hôte n’existe pas. Vérifiez son orthographe dans Préférences ▸ Envoi et votre connexion réseau. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>%1 presented a certificate that is not trusted (%2). Its SHA-256 fingerprint is %3. Trust it only if you know it is your server&apos;s (Send Test Email asks; galley send-test --trust-certificate %3). Nothing was sent.</source>
        <translation>%1 a présenté un certificat non fiable (%2). Son empreinte SHA-256 est %3. Ne lui faites confiance que si vous savez que c’est celui de votre serveur (Envoyer un e-mail de test le demande ; galley send-test --trust-certificate %3). Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2). Check the security setting in Preferences ▸ Sending: STARTTLS usually on port 587, TLS on port 465. Nothing was sent.</source>
        <translation>La connexion sécurisée à %1 a échoué (%2). Vérifiez la sécurité dans Préférences ▸ Envoi : STARTTLS en général sur le port 587, TLS sur le port 465. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>%1 asks senders to sign in%2. Set your user name in Preferences ▸ Sending (or in --smtp as smtp://user@host). Nothing was sent.</source>
        <translation>%1 demande aux expéditeurs de s’identifier%2. Indiquez votre nom d’utilisateur dans Préférences ▸ Envoi (ou dans --smtp sous la forme smtp://utilisateur@hôte). Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>%1 did not accept the sign-in of user &apos;%2&apos;%3. Check the user name in Preferences ▸ Sending and the password. Nothing was sent.</source>
        <translation>%1 n’a pas accepté l’identification de l’utilisateur « %2 »%3. Vérifiez le nom d’utilisateur dans Préférences ▸ Envoi et le mot de passe. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>%1 refused the recipient %2%3. Check the test recipients in Preferences ▸ Sending. Nothing was sent.</source>
        <translation>%1 a refusé le destinataire %2%3. Vérifiez les destinataires de test dans Préférences ▸ Envoi. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>%1 refused the message as too large (%2 KB)%3. Make the issue smaller (fewer or smaller images) or ask the server&apos;s administrator about its limit. Nothing was sent.</source>
        <translation>%1 a refusé le message, trop volumineux (%2 Ko)%3. Allégez le numéro (moins d’images ou des images plus petites) ou demandez sa limite à l’administrateur du serveur. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2 s). Check the host and port in Preferences ▸ Sending, or try again later. Nothing was sent.</source>
        <translation>%1 n’a pas répondu à temps (%2 s). Vérifiez l’hôte et le port dans Préférences ▸ Envoi, ou réessayez plus tard. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Sending to %1 was cancelled. Nothing was sent.</source>
        <translation>L’envoi vers %1 a été annulé. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Sending through %1 failed: %2%3. Nothing was sent.</source>
        <translation>L’envoi par %1 a échoué : %2%3. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Galley&apos;s SMTP sender cannot be loaded: %1. Reinstall Galley.</source>
        <translation>L’expéditeur SMTP de Galley ne peut pas être chargé : %1. Réinstallez Galley.</translation>
    </message>
</context>
<context>
    <name>galley::SpellChecker</name>
    <message>
        <source>“%1” is not in the dictionary (column %2).</source>
        <translation>« %1 » n’est pas dans le dictionnaire (colonne %2).</translation>
    </message>
    <message>
        <source>No spelling dictionary for %1 was found (looked in %2). Install the package %3 to check spelling; spell checking is off.</source>
        <translation>Aucun dictionnaire orthographique pour %1 n’a été trouvé (recherché dans %2). Installez le paquet %3 pour vérifier l’orthographe ; la vérification orthographique est désactivée.</translation>
    </message>
    <message>
        <source>The spelling dictionary %1 could not be read (%2). Reinstall the package %3; spell checking is off.</source>
        <translation>Le dictionnaire orthographique %1 n’a pas pu être lu (%2). Réinstallez le paquet %3 ; la vérification orthographique est désactivée.</translation>
    </message>
    <message numerus="yes">
        <source>%n more unknown word(s) from here on; galley spell lists them all.</source>
        <translation>
            <numerusform>%n autre mot inconnu à partir d’ici ; galley spell les liste tous.</numerusform>
            <numerusform>%n autres mots inconnus à partir d’ici ; galley spell les liste tous.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::SponsorBook</name>
    <message>
        <source>top</source>
        <translation>du haut</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>de fin</translation>
    </message>
    <message>
        <source>issue #%1</source>
        <translation>numéro #%1</translation>
    </message>
    <message>
        <source>the issue of %1</source>
        <translation>le numéro du %1</translation>
    </message>
    <message>
        <source>the stored %1 are not a JSON list (%2); set them again in the Sponsors dialog.</source>
        <translation>les %1 enregistrés ne sont pas une liste JSON (%2)&#xa0;; redéfinissez-les dans la fenêtre Sponsors.</translation>
    </message>
    <message>
        <source>The %1 slot of %2 is booked twice: %3 and %4.</source>
        <translation>Emplacement %1, %2&#xa0;: réservé deux fois (%3 et %4).</translation>
    </message>
    <message>
        <source>%1 is booked for %2, but there is no such sponsor in the library.</source>
        <translation>%1 est réservé (%2), mais ce sponsor n’existe pas dans la bibliothèque.</translation>
    </message>
    <message>
        <source>%1 is booked for %2 (%3), outside its active dates (%4 to %5).</source>
        <translation>%1 est réservé (%2, %3), en dehors de sa période active (%4 – %5).</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>sponsors</source>
        <translation>sponsors</translation>
    </message>
    <message>
        <source>bookings</source>
        <translation>réservations</translation>
    </message>
</context>
<context>
    <name>galley::Store</name>
    <message>
        <source>There is no issue with id %1 in the store.</source>
        <translation>La base ne contient aucun numéro d’identifiant %1.</translation>
    </message>
    <message>
        <source>Creating the issue</source>
        <translation>Création du numéro</translation>
    </message>
    <message>
        <source>Reading the issue</source>
        <translation>Lecture du numéro</translation>
    </message>
    <message>
        <source>Listing the issues</source>
        <translation>Liste des numéros</translation>
    </message>
    <message>
        <source>Saving the issue</source>
        <translation>Enregistrement du numéro</translation>
    </message>
    <message>
        <source>Changing the issue&apos;s status</source>
        <translation>Changement de statut du numéro</translation>
    </message>
    <message>
        <source>Moving the issue to the trash</source>
        <translation>Mise à la corbeille du numéro</translation>
    </message>
    <message>
        <source>Restoring the issue from the trash</source>
        <translation>Restauration du numéro depuis la corbeille</translation>
    </message>
    <message>
        <source>Deleting the issue</source>
        <translation>Suppression du numéro</translation>
    </message>
    <message>
        <source>Issue %1 is not in the trash; only issues in the trash can be deleted for good.</source>
        <translation>Le numéro %1 n’est pas dans la corbeille&#xa0;; seuls les numéros de la corbeille peuvent être supprimés définitivement.</translation>
    </message>
    <message>
        <source>Reading the revisions</source>
        <translation>Lecture des versions</translation>
    </message>
    <message>
        <source>Reading the revision</source>
        <translation>Lecture de la version</translation>
    </message>
    <message>
        <source>There is no revision with id %1 in the store.</source>
        <translation>La base ne contient aucune version d’identifiant %1.</translation>
    </message>
    <message>
        <source>Restoring the revision</source>
        <translation>Restauration de la version</translation>
    </message>
    <message>
        <source>Thinning old autosaves</source>
        <translation>Élagage des anciens enregistrements automatiques</translation>
    </message>
    <message>
        <source>Importing the issue</source>
        <translation>Importation du numéro</translation>
    </message>
    <message>
        <source>Keeping a revision</source>
        <translation>Conservation d’une version</translation>
    </message>
    <message>
        <source>Issue %1 was changed elsewhere (version %2, this copy is based on version %3); reload it or keep both copies.</source>
        <translation>Le numéro %1 a été modifié ailleurs (version %2&#xa0;; cette copie repose sur la version %3)&#xa0;; rechargez-le ou gardez les deux copies.</translation>
    </message>
    <message>
        <source>Indexing the issue&apos;s links</source>
        <translation>Indexation des liens du numéro</translation>
    </message>
    <message>
        <source>Looking up the link</source>
        <translation>Recherche du lien</translation>
    </message>
    <message>
        <source>Indexing the issue for search</source>
        <translation>Indexation du numéro pour la recherche</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>La base n’est pas ouverte.</translation>
    </message>
    <message>
        <source>No store path was given.</source>
        <translation>Aucun chemin de base n’a été indiqué.</translation>
    </message>
    <message>
        <source>This is a folder, not a store file; name a file such as galley.sqlite inside it.</source>
        <translation>C’est un dossier, pas un fichier de base&#xa0;; indiquez un fichier à l’intérieur, par exemple galley.sqlite.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the store; check the permissions or use --db with another path.</source>
        <translation>Impossible de créer le dossier %1 pour la base&#xa0;; vérifiez les droits ou utilisez --db avec un autre chemin.</translation>
    </message>
    <message>
        <source>Opening the store</source>
        <translation>Ouverture de la base</translation>
    </message>
    <message>
        <source>The store cannot use write-ahead logging here (journal mode %1); is the folder on a network or read-only file system?</source>
        <translation>La base ne peut pas utiliser la journalisation anticipée (WAL) ici (mode de journal %1)&#xa0;; le dossier est-il sur un partage réseau ou un système de fichiers en lecture seule&#xa0;?</translation>
    </message>
    <message>
        <source>Starting a batch of changes</source>
        <translation>Début d’un lot de modifications</translation>
    </message>
    <message>
        <source>Saving a batch of changes</source>
        <translation>Enregistrement d’un lot de modifications</translation>
    </message>
    <message>
        <source>This is a folder; name the backup file to write.</source>
        <translation>C’est un dossier&#xa0;; indiquez le fichier de sauvegarde à écrire.</translation>
    </message>
    <message>
        <source>Writing the backup</source>
        <translation>Écriture de la sauvegarde</translation>
    </message>
    <message>
        <source>Cannot write the backup here; check that the folder is writable.</source>
        <translation>Impossible d’écrire la sauvegarde ici&#xa0;; vérifiez que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>Reading a setting</source>
        <translation>Lecture d’un réglage</translation>
    </message>
    <message>
        <source>Saving a setting</source>
        <translation>Enregistrement d’un réglage</translation>
    </message>
    <message>
        <source>Checking for changes</source>
        <translation>Recherche de modifications</translation>
    </message>
    <message>
        <source>Checking the store</source>
        <translation>Vérification de la base</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing (install libqt6sql6-sqlite).</source>
        <translation>Le pilote SQLite de Qt est absent (installez libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open the store</source>
        <translation>Impossible d’ouvrir la base</translation>
    </message>
    <message>
        <source>%1: the store is busy (another window or process is writing to it); try again in a moment.</source>
        <translation>%1&#xa0;: la base est occupée (une autre fenêtre ou un autre programme y écrit)&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>%1: the store cannot be written (the file or its folder is read-only); check the permissions or use --db with another path.</source>
        <translation>%1&#xa0;: impossible d’écrire dans la base (le fichier ou son dossier est en lecture seule)&#xa0;; vérifiez les droits ou utilisez --db avec un autre chemin.</translation>
    </message>
    <message>
        <source>%1: the disk is full; free some space and try again. Nothing was changed.</source>
        <translation>%1&#xa0;: le disque est plein&#xa0;; libérez de la place et réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1: the file is not a Galley store or is damaged (%2). It was left as it is; restore it from a backup or use --db with another path.</source>
        <translation>%1&#xa0;: le fichier n’est pas une base Galley ou il est endommagé (%2). Il a été laissé tel quel&#xa0;; restaurez-le depuis une sauvegarde ou utilisez --db avec un autre chemin.</translation>
    </message>
    <message>
        <source>%1: the file cannot be opened or created (%2); check that the folder exists and is writable.</source>
        <translation>%1&#xa0;: le fichier ne peut être ni ouvert ni créé (%2)&#xa0;; vérifiez que le dossier existe et est accessible en écriture.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This store was written by a newer version of Galley (schema %1; this version understands up to %2). It was not changed; update Galley to open it.</source>
        <translation>Cette base a été écrite par une version plus récente de Galley (schéma %1&#xa0;; cette version comprend jusqu’au %2). Elle n’a pas été modifiée&#xa0;; mettez Galley à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>This SQLite file is not a Galley store. It was not changed; use --db with another path.</source>
        <translation>Ce fichier SQLite n’est pas une base Galley. Il n’a pas été modifié&#xa0;; utilisez --db avec un autre chemin.</translation>
    </message>
    <message>
        <source>Upgrading the store</source>
        <translation>Mise à niveau de la base</translation>
    </message>
    <message>
        <source>This SQLite has no full-text search (FTS5); install the libsqlite3-0 package of your distribution.</source>
        <translation>Ce SQLite n’a pas de recherche en texte intégral (FTS5)&#xa0;; installez le paquet libsqlite3-0 de votre distribution.</translation>
    </message>
    <message>
        <source>The store cannot be written: the file is read-only for you. Check its permissions or use --db with another path.</source>
        <translation>Impossible d’écrire dans la base&#xa0;: le fichier est en lecture seule pour vous. Vérifiez ses droits ou utilisez --db avec un autre chemin.</translation>
    </message>
    <message>
        <source>%1: a change in this batch failed, so none of them was kept.</source>
        <translation>%1&#xa0;: une modification de ce lot a échoué&#xa0;; aucune n’a donc été conservée.</translation>
    </message>
    <message>
        <source>%1: the disk refused the write (%2). Check that the disk is not full and is working, then try again. Nothing was changed.</source>
        <translation>%1&#xa0;: le disque a refusé l’écriture (%2). Vérifiez qu’il n’est pas plein et qu’il fonctionne, puis réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>Vidage de la corbeille</translation>
    </message>
    <message>
        <source>Revision %1 in the store is damaged and cannot be read. The issue itself and its other revisions are not affected.</source>
        <translation>La révision %1 du stockage est endommagée et ne peut pas être lue. Le numéro lui-même et ses autres révisions ne sont pas touchés.</translation>
    </message>
    <message>
        <source>Indexing the issue&apos;s sections</source>
        <translation>Indexation des sections du numéro</translation>
    </message>
    <message>
        <source>Reading the archive</source>
        <translation>Lecture des archives</translation>
    </message>
    <message>
        <source>Reading the link checks</source>
        <translation>Lecture des vérifications de liens</translation>
    </message>
    <message>
        <source>Saving a link check</source>
        <translation>Enregistrement d’une vérification de lien</translation>
    </message>
    <message>
        <source>Adding links to the inbox</source>
        <translation>Ajout de liens à la boîte de réception</translation>
    </message>
    <message>
        <source>An empty link cannot go into the inbox.</source>
        <translation>Un lien vide ne peut pas aller dans la boîte de réception.</translation>
    </message>
    <message>
        <source>Reading the inbox</source>
        <translation>Lecture de la boîte de réception</translation>
    </message>
    <message>
        <source>Removing links from the inbox</source>
        <translation>Suppression de liens de la boîte de réception</translation>
    </message>
    <message>
        <source>The inbox has no item %1; &apos;galley inbox list --all&apos; shows them with their numbers.</source>
        <translation>La boîte de réception n’a pas d’élément %1 ; &apos;galley inbox list --all&apos; les affiche avec leurs numéros.</translation>
    </message>
    <message>
        <source>Updating the inbox</source>
        <translation>Mise à jour de la boîte de réception</translation>
    </message>
    <message>
        <source>The inbox has no item %1.</source>
        <translation>La boîte de réception n’a pas d’élément %1.</translation>
    </message>
    <message>
        <source>Recording the test email</source>
        <translation>Enregistrement de l’e-mail de test</translation>
    </message>
    <message>
        <source>Reading the test emails sent</source>
        <translation>Lecture des e-mails de test envoyés</translation>
    </message>
    <message>
        <source>Reading the personal dictionary</source>
        <translation>Lecture du dictionnaire personnel</translation>
    </message>
    <message>
        <source>Reading the archive&apos;s vocabulary</source>
        <translation>Lecture du vocabulaire des archives</translation>
    </message>
    <message>
        <source>Adding a word to the dictionary</source>
        <translation>Ajout d’un mot au dictionnaire</translation>
    </message>
    <message>
        <source>Removing a word from the dictionary</source>
        <translation>Suppression d’un mot du dictionnaire</translation>
    </message>
    <message>
        <source>Learning the archive&apos;s vocabulary</source>
        <translation>Apprentissage du vocabulaire des archives</translation>
    </message>
    <message>
        <source>Reading the links</source>
        <translation>Lecture des liens</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is missing (install libqt6sql6-psql).</source>
        <translation>Le pilote PostgreSQL de Qt est absent (installez libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The database has no schema to keep the store in; name one with ?schema= in the address.</source>
        <translation>La base de données n’a pas de schéma où ranger la base Galley ; indiquez-en un avec ?schema= dans l’adresse.</translation>
    </message>
    <message>
        <source>Saving the changes</source>
        <translation>Enregistrement des modifications</translation>
    </message>
    <message>
        <source>This database schema is not a Galley store: it holds other tables. It was not changed; name another schema with ?schema= in the address.</source>
        <translation>Ce schéma n’est pas une base Galley : il contient d’autres tables. Il n’a pas été modifié ; indiquez un autre schéma avec ?schema= dans l’adresse.</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 has no database “%2”. Create it (createdb %2) or name another one in the address.</source>
        <translation>Le serveur PostgreSQL %1 n’a pas de base « %2 ». Créez-la (createdb %2) ou indiquez-en une autre dans l’adresse.</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 has no user “%2”; name another user in the address.</source>
        <translation>Le serveur PostgreSQL %1 n’a pas d’utilisateur « %2 » ; indiquez un autre utilisateur dans l’adresse.</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server %1 (%2). Check that it is running and that the address is right.</source>
        <translation>Impossible de joindre le serveur PostgreSQL %1 (%2). Vérifiez qu’il est démarré et que l’adresse est juste.</translation>
    </message>
    <message>
        <source>%1: the PostgreSQL user may not change this store (%2); ask the server&apos;s administrator for write access.</source>
        <translation>%1 : l’utilisateur PostgreSQL n’a pas le droit de modifier cette base (%2) ; demandez l’accès en écriture à l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>%1: the PostgreSQL server is out of space or memory (%2). Nothing was changed.</source>
        <translation>%1 : le serveur PostgreSQL manque d’espace ou de mémoire (%2). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>“%1:” is not a kind of store Galley knows: give the path of a store file (such as ~/galley.sqlite) or a postgresql://[user@]host[:port]/database address.</source>
        <translation>« %1: » n’est pas un type de base que Galley connaît : donnez le chemin d’un fichier de base (comme ~/galley.sqlite) ou une adresse postgresql://[utilisateur@]hôte[:port]/base.</translation>
    </message>
    <message>
        <source>This PostgreSQL address cannot be read; write it as postgresql://[user@]host[:port]/database.</source>
        <translation>Cette adresse PostgreSQL est illisible ; écrivez-la sous la forme postgresql://[utilisateur@]hôte[:port]/base.</translation>
    </message>
    <message>
        <source>The port in the PostgreSQL address is not a number from 1 to 65535.</source>
        <translation>Le port de l’adresse PostgreSQL n’est pas un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>sslmode=%1 is not one of libpq&apos;s modes (%2).</source>
        <translation>sslmode=%1 n’est pas l’un des modes de libpq (%2).</translation>
    </message>
    <message>
        <source>schema=%1 is not a plain schema name (letters, digits and _).</source>
        <translation>schema=%1 n’est pas un nom de schéma simple (lettres, chiffres et _).</translation>
    </message>
    <message>
        <source>There is no Galley store here: the schema does not exist.</source>
        <translation>Il n’y a pas de base Galley ici : le schéma n’existe pas.</translation>
    </message>
    <message>
        <source>There is no store file here.</source>
        <translation>Il n’y a pas de fichier de base ici.</translation>
    </message>
    <message>
        <source>There is no Galley store here (it is empty).</source>
        <translation>Il n’y a pas de base Galley ici (elle est vide).</translation>
    </message>
    <message>
        <source>This store was written by an older version of Galley (schema %1; this version writes %2) and was not changed. Open it once with this Galley, which upgrades it, or back it up and use the copy.</source>
        <translation>Cette base a été écrite par une version plus ancienne de Galley (schéma %1 ; cette version écrit %2) et n’a pas été modifiée. Ouvrez-la une fois avec ce Galley, qui la met à jour, ou sauvegardez-la et utilisez la copie.</translation>
    </message>
    <message>
        <source>%1: cannot listen for changes on the PostgreSQL server (%2).</source>
        <translation>%1 : impossible d’écouter les modifications sur le serveur PostgreSQL (%2).</translation>
    </message>
    <message>
        <source>The PostgreSQL user “%1” cannot act as the team role “%2” (role=%2 in the address): %3. Ask the server&apos;s administrator to run GRANT %2 TO %1, or leave role= out.</source>
        <translation>L’utilisateur PostgreSQL «&#xa0;%1&#xa0;» ne peut pas agir en tant que rôle d’équipe «&#xa0;%2&#xa0;» (role=%2 dans l’adresse)&#xa0;: %3. Demandez à l’administrateur du serveur d’exécuter GRANT %2 TO %1, ou retirez role=.</translation>
    </message>
    <message>
        <source>role=%1 is not a plain role name (letters, digits and _).</source>
        <translation>role=%1 n’est pas un nom de rôle simple (lettres, chiffres et _).</translation>
    </message>
    <message>
        <source>“%1” is not a setting Galley knows in a PostgreSQL address (host, port, sslmode, schema, role).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un réglage que Galley connaît dans une adresse PostgreSQL (host, port, sslmode, schema, role).</translation>
    </message>
    <message>
        <source>%1: the offline journal cannot be written (%2).</source>
        <translation>%1 : le journal hors ligne ne peut pas être écrit (%2).</translation>
    </message>
    <message>
        <source>Keeping the change while offline</source>
        <translation>Conservation de la modification hors ligne</translation>
    </message>
    <message>
        <source>the file cannot be created</source>
        <translation>le fichier ne peut pas être créé</translation>
    </message>
    <message>
        <source>Reading the offline journal</source>
        <translation>Lecture du journal hors ligne</translation>
    </message>
    <message>
        <source>Connecting to the store again</source>
        <translation>Reconnexion à la base</translation>
    </message>
    <message>
        <source>%1: the connection to the PostgreSQL server was lost (%2). Nothing was changed; try again once the server is back.</source>
        <translation>%1 : la connexion au serveur PostgreSQL a été perdue (%2). Rien n’a été modifié ; réessayez quand le serveur sera de retour.</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 did not accept the user “%2” (%3). Put the password in Preferences ▸ Store (the keyring), ~/.pgpass or the PGPASSWORD environment variable, or name another user in the address.</source>
        <translation>Le serveur PostgreSQL %1 n’a pas accepté l’utilisateur « %2 » (%3). Mettez le mot de passe dans Préférences ▸ Base (le trousseau), dans ~/.pgpass ou dans la variable d’environnement PGPASSWORD, ou indiquez un autre utilisateur dans l’adresse.</translation>
    </message>
    <message>
        <source>Telling the team which draft is open</source>
        <translation>Indication à l’équipe du brouillon ouvert</translation>
    </message>
    <message>
        <source>Reading who else has the draft open</source>
        <translation>Lecture des autres personnes ayant ouvert le brouillon</translation>
    </message>
    <message>
        <source>The PostgreSQL address contains a password. Galley never keeps passwords in settings or addresses: remove it from the address and put it in Preferences ▸ Store (the keyring), ~/.pgpass or the PGPASSWORD environment variable.</source>
        <translation>L’adresse PostgreSQL contient un mot de passe. Galley ne garde jamais de mots de passe dans les réglages ou les adresses : retirez-le de l’adresse et mettez-le dans Préférences ▸ Base (le trousseau), dans ~/.pgpass ou dans la variable d’environnement PGPASSWORD.</translation>
    </message>
    <message>
        <source>Checking the connection</source>
        <translation>Vérification de la connexion</translation>
    </message>
    <message>
        <source>Preparing the search index for the import</source>
        <translation>Préparation de l’index de recherche pour l’importation</translation>
    </message>
    <message>
        <source>Building the search index after the import</source>
        <translation>Construction de l’index de recherche après l’importation</translation>
    </message>
    <message>
        <source>Building the search index again</source>
        <translation>Reconstruction de l’index de recherche</translation>
    </message>
    <message>
        <source>the server gave %1 word ids for %2 words.</source>
        <translation>le serveur a renvoyé %1 identifiants pour %2 mots.</translation>
    </message>
    <message>
        <source>libpq, the PostgreSQL client library, is not loaded.</source>
        <translation>libpq, la bibliothèque cliente de PostgreSQL, n’est pas chargée.</translation>
    </message>
</context>
<context>
    <name>galley::StoreCopier</name>
    <message>
        <source>The table %1 has no column %2.</source>
        <translation>La table %1 n’a pas de colonne %2.</translation>
    </message>
    <message>
        <source>The table %1 has other columns in the target (%2) than in the source (%3).</source>
        <translation>La table %1 n’a pas les mêmes colonnes dans la cible (%2) que dans la source (%3).</translation>
    </message>
    <message>
        <source>Copying the store</source>
        <translation>Copie de la base</translation>
    </message>
    <message>
        <source>The target is not empty (the table %1 has rows). A store is copied only into a new one: name a file that does not exist yet, or an empty PostgreSQL schema.</source>
        <translation>La cible n’est pas vide (la table %1 contient des lignes). Une base n’est copiée que dans une base nouvelle : indiquez un fichier qui n’existe pas encore, ou un schéma PostgreSQL vide.</translation>
    </message>
    <message>
        <source>The copy of the table %1 differs from the original (%2 rows, checksum %3; the original: %4 rows, checksum %5). Nothing was written to the target.</source>
        <translation>La copie de la table %1 diffère de l’original (%2 lignes, somme de contrôle %3 ; l’original : %4 lignes, somme de contrôle %5). Rien n’a été écrit dans la cible.</translation>
    </message>
    <message>
        <source>The source and the target are the same store; name a new store as the target.</source>
        <translation>La source et la cible sont la même base ; indiquez une nouvelle base comme cible.</translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>La base n’est pas ouverte.</translation>
    </message>
    <message>
        <source>Checking the store</source>
        <translation>Vérification de la base</translation>
    </message>
</context>
<context>
    <name>galley::TemplateEngine</name>
    <message>
        <source>The issue number, e.g. 104.</source>
        <translation>Le numéro, par exemple 104.</translation>
    </message>
    <message>
        <source>The publication date, ISO style: 2025-01-26.</source>
        <translation>La date de parution au format ISO&#xa0;: 2025-01-26.</translation>
    </message>
    <message>
        <source>The publication date in words: 26th January 2025.</source>
        <translation>La date de parution en toutes lettres, dans la langue de la newsletter&#xa0;: 26th January 2025.</translation>
    </message>
    <message>
        <source>The issue&apos;s title (the email subject).</source>
        <translation>Le titre du numéro (l’objet de l’e-mail).</translation>
    </message>
    <message>
        <source>The newsletter&apos;s name.</source>
        <translation>Le nom de la newsletter.</translation>
    </message>
    <message>
        <source>The editor&apos;s introduction (skeleton).</source>
        <translation>L’introduction de la rédaction (squelette).</translation>
    </message>
    <message>
        <source>The expanded top sponsor block (skeleton).</source>
        <translation>Le bloc sponsor du haut, développé (squelette).</translation>
    </message>
    <message>
        <source>The expanded closing sponsor repeat (skeleton).</source>
        <translation>La reprise du sponsor en fin de numéro, développée (squelette).</translation>
    </message>
    <message>
        <source>The expanded sections, in order (skeleton).</source>
        <translation>Les rubriques développées, dans l’ordre (squelette).</translation>
    </message>
    <message>
        <source>The sponsor&apos;s name.</source>
        <translation>Le nom du sponsor.</translation>
    </message>
    <message>
        <source>The sponsor heading, e.g. From our sponsor, Pagerly.</source>
        <translation>Le titre du sponsor, par exemple From our sponsor, Pagerly.</translation>
    </message>
    <message>
        <source>A line of = as long as the sponsor heading.</source>
        <translation>Une ligne de = aussi longue que le titre du sponsor.</translation>
    </message>
    <message>
        <source>The sponsor&apos;s copy (Markdown).</source>
        <translation>Le texte du sponsor (Markdown).</translation>
    </message>
    <message>
        <source>The sponsor&apos;s link.</source>
        <translation>Le lien du sponsor.</translation>
    </message>
    <message>
        <source>The sponsor&apos;s logo URL (may be empty).</source>
        <translation>L’URL du logo du sponsor (peut être vide).</translation>
    </message>
    <message>
        <source>The section&apos;s name, e.g. News.</source>
        <translation>Le nom de la rubrique, par exemple News.</translation>
    </message>
    <message>
        <source>A line of = as long as the section&apos;s name.</source>
        <translation>Une ligne de = aussi longue que le nom de la rubrique.</translation>
    </message>
    <message>
        <source>The section&apos;s items (empty in a new issue).</source>
        <translation>Les entrées de la rubrique (vides dans un nouveau numéro).</translation>
    </message>
    <message>
        <source>An item&apos;s commentary.</source>
        <translation>Le commentaire d’une entrée.</translation>
    </message>
    <message>
        <source>One link (link line template).</source>
        <translation>Un lien (modèle de ligne de lien).</translation>
    </message>
    <message>
        <source>An item&apos;s link lines, each from the link line template.</source>
        <translation>Les lignes de lien d’une entrée, chacune selon le modèle de ligne de lien.</translation>
    </message>
    <message>
        <source>&apos;{{&apos; is not closed by &apos;}}&apos; on the same line; write &apos;{{{{&apos; for a literal &apos;{{&apos;.</source>
        <translation>«&#xa0;{{&#xa0;» n’est pas fermé par «&#xa0;}}&#xa0;» sur la même ligne&#xa0;; écrivez «&#xa0;{{{{&#xa0;» pour obtenir «&#xa0;{{&#xa0;» tel quel.</translation>
    </message>
    <message>
        <source>unknown placeholder &apos;{{%1}}&apos;; see the list of placeholders in the Templates help.</source>
        <translation>espace réservé inconnu «&#xa0;{{%1}}&#xa0;»&#xa0;; voyez la liste des espaces réservés dans l’aide des modèles.</translation>
    </message>
</context>
<context>
    <name>galley::TemplateSet</name>
    <message>
        <source>%1 template</source>
        <translation>modèle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>not a valid JSON file (%1).</source>
        <translation>fichier JSON non valide (%1).</translation>
    </message>
    <message>
        <source>not a Galley template set (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>pas un jeu de modèles Galley (son «&#xa0;format&#xa0;» n’est pas «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>the template set comes from a newer Galley; update Galley.</source>
        <translation>le jeu de modèles provient d’une version plus récente de Galley&#xa0;; mettez Galley à jour.</translation>
    </message>
    <message>
        <source>unknown template &apos;%1&apos;; expected one of: %2.</source>
        <translation>modèle inconnu «&#xa0;%1&#xa0;»&#xa0;; attendu&#xa0;: l’un de %2.</translation>
    </message>
</context>
<context>
    <name>galley::TextDecoding</name>
    <message>
        <source>This is not a text file (it is mostly control characters). Choose the Markdown file of the issue instead.</source>
        <translation>Ce n’est pas un fichier texte (il contient surtout des caractères de contrôle). Choisissez plutôt le fichier Markdown du numéro.</translation>
    </message>
    <message>
        <source>The file looks like UTF-16 text but is damaged.</source>
        <translation>Le fichier ressemble à du texte UTF-16 mais il est endommagé.</translation>
    </message>
    <message>
        <source>This is not a text file: it contains a NUL byte (at byte %1). Choose the Markdown file of the issue instead.</source>
        <translation>Ce n’est pas un fichier texte&#xa0;: il contient un octet NUL (à l’octet %1). Choisissez plutôt le fichier Markdown du numéro.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8; it was read as Windows-1252 (Western European). Check accented characters.</source>
        <translation>Le fichier n’est pas en UTF-8 valide&#xa0;; il a été lu en Windows-1252 (Europe occidentale). Vérifiez les caractères accentués.</translation>
    </message>
    <message numerus="yes">
        <source>The file holds %n control character(s) (such as a terminal&apos;s escape codes); they were replaced by ‘�’. Check this line.</source>
        <translation>
            <numerusform>Le fichier contient %n caractère de contrôle (comme les codes d’échappement d’un terminal) ; il a été remplacé par ‘�’. Vérifiez cette ligne.</numerusform>
            <numerusform>Le fichier contient %n caractères de contrôle (comme les codes d’échappement d’un terminal) ; ils ont été remplacés par ‘�’. Vérifiez cette ligne.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::cli::BackupCommand</name>
    <message>
        <source>Write a consistent copy of the store to OUT, even while the editor is using it.</source>
        <translation>Écrit une copie cohérente de la base dans OUT, même pendant que l’éditeur l’utilise.</translation>
    </message>
    <message>
        <source>The backup file to write (replaced if it exists).</source>
        <translation>Le fichier de sauvegarde à écrire (remplacé s’il existe).</translation>
    </message>
    <message>
        <source>galley backup: name the file to write. Try &apos;galley backup --help&apos;.</source>
        <translation>galley backup&#xa0;: indiquez le fichier à écrire. Voir &apos;galley backup --help&apos;.</translation>
    </message>
    <message>
        <source>Copy the store to a file, safely while it is in use.</source>
        <translation>Copier la base dans un fichier, sans risque même en cours d’utilisation.</translation>
    </message>
</context>
<context>
    <name>galley::cli::CheckCommand</name>
    <message>
        <source>Check an issue before it goes out: empty sections, sponsor slots, leftover placeholders and TK, links featured before, broken links, title, subject and size. Exit code 0: clean, 1: problems found.</source>
        <translation>Vérifie un numéro avant l’envoi&#xa0;: rubriques vides, emplacements sponsor, espaces réservés et TK oubliés, liens déjà présentés, liens cassés, titre, objet et taille. Code de sortie 0&#xa0;: rien à signaler, 1&#xa0;: problèmes trouvés.</translation>
    </message>
    <message>
        <source>The issue&apos;s Markdown file.</source>
        <translation>Le fichier Markdown du numéro.</translation>
    </message>
    <message>
        <source>draft %1</source>
        <translation>brouillon %1</translation>
    </message>
    <message>
        <source>%1: ready to send.</source>
        <translation>%1&#xa0;: prêt à envoyer.</translation>
    </message>
    <message>
        <source>Check an issue (file or --draft ID) before it goes out.</source>
        <translation>Vérifier un numéro (fichier ou --draft ID) avant l’envoi.</translation>
    </message>
    <message>
        <source>Also check that every link answers (on the network; results are cached in the store). A broken link makes the exit code 1.</source>
        <translation>Vérifier aussi que chaque lien répond (sur le réseau ; les résultats sont mis en cache dans la base). Un lien cassé donne le code de sortie 1.</translation>
    </message>
    <message>
        <source>With --links: check the links of every sent issue instead of one issue.</source>
        <translation>Avec --links : vérifier les liens de tous les numéros envoyés au lieu d’un seul.</translation>
    </message>
    <message>
        <source>With --archive: only issues dated DATE or later.</source>
        <translation>Avec --archive : seulement les numéros datés de DATE ou après.</translation>
    </message>
    <message>
        <source>galley check: --archive checks links; add --links.</source>
        <translation>galley check : --archive vérifie les liens ; ajoutez --links.</translation>
    </message>
    <message>
        <source>Checking links: %1 of %2</source>
        <translation>Vérification des liens : %1 sur %2</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>#%1 &quot;%2&quot; (%3)</source>
        <translation>n° %1 « %2 » (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>« %1 » (%2)</translation>
    </message>
    <message>
        <source>galley check: --since needs a date like 2025-01-31.</source>
        <translation>galley check : --since attend une date comme 2025-01-31.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message numerus="yes">
        <source>Links not checked: offline (%n link(s)).</source>
        <translation>
            <numerusform>Liens non vérifiés : hors ligne (%n lien).</numerusform>
            <numerusform>Liens non vérifiés : hors ligne (%n liens).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 links in %2 issues: %3 broken (%4 answered from the cache).</source>
        <translation>%1 liens dans %2 numéros : %3 cassés (%4 tirés du cache).</translation>
    </message>
    <message>
        <source>Also note the inbox&apos;s links that have waited longer than WEEKS weeks (a note, not a problem; the setting inbox.remindWeeks asks for it every time).</source>
        <translation>Signaler aussi les liens de la boîte de réception qui attendent depuis plus de WEEKS semaines (une remarque, pas un problème ; le réglage inbox.remindWeeks le demande à chaque fois).</translation>
    </message>
    <message>
        <source>galley check: --inbox-weeks takes a number of weeks (1 or more), not &quot;%1&quot;.</source>
        <translation>galley check&#xa0;: --inbox-weeks attend un nombre de semaines (1 ou plus), pas «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>galley::cli::Command</name>
    <message>
        <source>Use the store at PATH instead of the default (also: the GALLEY_DB environment variable).</source>
        <translation>Utiliser la base située à PATH au lieu de la base par défaut (aussi&#xa0;: variable d’environnement GALLEY_DB).</translation>
    </message>
    <message>
        <source>Try &apos;galley %1 --help&apos;.</source>
        <translation>Voir &apos;galley %1 --help&apos;.</translation>
    </message>
</context>
<context>
    <name>galley::cli::CommandLine</name>
    <message>
        <source>
Every command accepts --db PATH (or the GALLEY_DB environment variable) and --help.
Exit codes: 0 success, 1 problems found, 2 usage error or unreadable input.
</source>
        <translation>
Toutes les commandes acceptent --db PATH (ou la variable d’environnement GALLEY_DB)
et --help.
Codes de sortie&#xa0;: 0 succès, 1 problèmes trouvés, 2 erreur d’utilisation ou entrée
illisible.
</translation>
    </message>
    <message>
        <source>galley: &apos;%1&apos; is not a command. Try &apos;galley --help&apos;.</source>
        <translation>galley&#xa0;: &apos;%1&apos; n’est pas une commande. Voir &apos;galley --help&apos;.</translation>
    </message>
    <message>
        <source>Usage: galley [--db PATH] [--new-window] [FILE.md...]
       galley COMMAND [OPTIONS]
       galley --self-test

Galley is an editor for curated weekly newsletters. Without a command it
opens the editor window, and imports each FILE.md given as a new draft; with
a command it works on the command line. When an editor is already open on
the same store, the files go to its window instead; --new-window opens
another window anyway.

--self-test starts the editor window on a temporary store, checks that the
store opens and the preview renders, and exits (0 passed, 1 failed).

Commands:
</source>
        <translation>Utilisation&#xa0;: galley [--db PATH] [--new-window] [FICHIER.md...]
              galley COMMANDE [OPTIONS]
              galley --self-test

Galley est un éditeur de newsletters de veille hebdomadaires. Sans commande,
il ouvre la fenêtre de l’éditeur et importe chaque FICHIER.md indiqué comme
nouveau brouillon&#xa0;; avec une commande, il fonctionne en ligne de commande.
Si un éditeur est déjà ouvert sur la même base, les fichiers vont à sa
fenêtre&#xa0;; --new-window ouvre quand même une autre fenêtre.

--self-test lance la fenêtre de l’éditeur sur une base temporaire, vérifie
que la base s’ouvre et que l’aperçu s’affiche, puis quitte (0 réussi,
1 échoué).

Commandes&#xa0;:
</translation>
    </message>
</context>
<context>
    <name>galley::cli::DocumentArgument</name>
    <message>
        <source>Use the stored issue with this id (see &apos;galley list&apos;) instead of a file.</source>
        <translation>Utiliser le numéro enregistré portant cet identifiant (voir &apos;galley list&apos;) au lieu d’un fichier.</translation>
    </message>
    <message>
        <source>galley %1: name either a file or --draft ID, not both.</source>
        <translation>galley %1&#xa0;: indiquez soit un fichier, soit --draft ID, pas les deux.</translation>
    </message>
    <message>
        <source>galley %1: --draft takes an issue id (a number, as &apos;galley list&apos; shows it).</source>
        <translation>galley %1&#xa0;: --draft attend l’identifiant d’un numéro (un nombre, tel que &apos;galley list&apos; l’affiche).</translation>
    </message>
    <message>
        <source>stored issue %1</source>
        <translation>numéro enregistré %1</translation>
    </message>
    <message>
        <source>galley %1: name exactly one issue file. Try &apos;galley %1 --help&apos;.</source>
        <translation>galley %1&#xa0;: indiquez exactement un fichier de numéro. Voir &apos;galley %1 --help&apos;.</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>avertissement&#xa0;: </translation>
    </message>
</context>
<context>
    <name>galley::cli::ExportCommand</name>
    <message>
        <source>Render an issue file (or a stored draft) as the email (HTML, plain text or .eml), Markdown or the HTML fragment.</source>
        <translation>Produit un fichier de numéro (ou un brouillon enregistré) sous forme d’e-mail (HTML, texte brut ou .eml), de Markdown ou de fragment HTML.</translation>
    </message>
    <message>
        <source>The issue&apos;s Markdown file.</source>
        <translation>Le fichier Markdown du numéro.</translation>
    </message>
    <message>
        <source>Output format: %1.</source>
        <translation>Format de sortie&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Write to OUT (atomically) instead of standard output.</source>
        <translation>Écrire dans OUT (de façon atomique) au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>The mailing service whose unsubscribe and view-online merge tags the email carries: %1 (default: the store&apos;s setting for --draft, else mailchimp).</source>
        <translation>Le service d’envoi dont l’e-mail porte les balises de fusion de désinscription et de version en ligne&#xa0;: %1 (par défaut&#xa0;: le réglage de la base pour --draft, sinon mailchimp).</translation>
    </message>
    <message>
        <source>galley export: unknown format &apos;%1&apos;; use one of: %2.</source>
        <translation>galley export&#xa0;: format &apos;%1&apos; inconnu&#xa0;; formats possibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>galley export: unknown preset &apos;%1&apos;; use one of: %2.</source>
        <translation>galley export&#xa0;: préréglage &apos;%1&apos; inconnu&#xa0;; valeurs possibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>galley export: cannot write to standard output: %1.</source>
        <translation>galley export&#xa0;: impossible d’écrire sur la sortie standard&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Render an issue as fragment, html, markdown, text or eml.</source>
        <translation>Produire un numéro en fragment, html, markdown, text ou eml.</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>avertissement&#xa0;: </translation>
    </message>
</context>
<context>
    <name>galley::cli::ImportCommand</name>
    <message>
        <source>Importing: %1 of %2 files</source>
        <translation>Importation&#xa0;: %1 fichiers sur %2</translation>
    </message>
    <message>
        <source>Issue files or folders of them.</source>
        <translation>Fichiers de numéros ou dossiers qui en contiennent.</translation>
    </message>
    <message>
        <source>galley import: name the files or folders to import. Try &apos;galley import --help&apos;.</source>
        <translation>galley import&#xa0;: indiquez les fichiers ou dossiers à importer. Voir &apos;galley import --help&apos;.</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>avertissement&#xa0;: </translation>
    </message>
    <message>
        <source>Import back issues from files and folders into the store.</source>
        <translation>Importer d’anciens numéros depuis des fichiers et des dossiers dans la base.</translation>
    </message>
    <message>
        <source>%1: its issue number belongs to a draft or scheduled issue (id %2), which was left as it was; the file was imported as a new draft (id %3) beside it.</source>
        <translation>%1 : son numéro appartient à un brouillon ou à un numéro programmé (id %2), laissé tel quel ; le fichier a été importé comme nouveau brouillon (id %3) à côté.</translation>
    </message>
    <message>
        <source>Import back issues from files and folders (recursively: *.md, *.markdown, *.txt) as archived issues. In a folder, only files whose front matter has a date or an issue number are issues; the others (a README) are skipped, each named with the reason. Running it again imports nothing twice: unchanged issues are skipped, changed archived ones updated with a revision. A draft or scheduled issue is never replaced: a file with its number becomes a new draft beside it.</source>
        <translation>Importe des numéros passés depuis des fichiers et des dossiers (récursivement&#xa0;: *.md, *.markdown, *.txt) comme numéros archivés. Dans un dossier, seuls les fichiers dont l’en-tête YAML a une date ou un numéro sont des numéros&#xa0;; les autres (un README) sont ignorés, chacun nommé avec la raison. Relancer l’import n’importe rien deux fois&#xa0;: les numéros inchangés sont ignorés, les numéros archivés modifiés sont mis à jour avec une révision. Un brouillon ou un numéro programmé n’est jamais remplacé&#xa0;: un fichier portant son numéro devient un nouveau brouillon à côté.</translation>
    </message>
    <message>
        <source>%1: skipped: %2</source>
        <translation>%1&#xa0;: ignoré&#xa0;: %2</translation>
    </message>
    <message>
        <source>Imported %1 new, %2 updated, %3 unchanged, %4 as new drafts, %5 skipped, %6 failed.</source>
        <translation>Importé&#xa0;: %1 nouveaux, %2 mis à jour, %3 inchangés, %4 comme nouveaux brouillons, %5 ignorés, %6 en échec.</translation>
    </message>
</context>
<context>
    <name>galley::cli::InboxCommand</name>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>used in #%1</source>
        <translation>utilisé dans le n° %1</translation>
    </message>
    <message>
        <source>used</source>
        <translation>utilisé</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>écarté</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>already in the inbox; note added</source>
        <translation>déjà dans la boîte de réception ; note ajoutée</translation>
    </message>
    <message>
        <source>already in the inbox (%1); note added</source>
        <translation>déjà dans la boîte de réception (%1) ; note ajoutée</translation>
    </message>
    <message numerus="yes">
        <source>%n new link(s) in the inbox.</source>
        <translation>
            <numerusform>%n nouveau lien dans la boîte de réception.</numerusform>
            <numerusform>%n nouveaux liens dans la boîte de réception.</numerusform>
        </translation>
    </message>
    <message>
        <source>galley inbox: &apos;%1&apos; is not a web address (http or https); nothing was added.</source>
        <translation>galley inbox : &apos;%1&apos; n’est pas une adresse web (http ou https) ; rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>The inbox is empty.</source>
        <translation>La boîte de réception est vide.</translation>
    </message>
    <message>
        <source>No new link in the inbox (&apos;--all&apos; also lists those used or dismissed).</source>
        <translation>Aucun nouveau lien dans la boîte de réception (&apos;--all&apos; liste aussi ceux utilisés ou écartés).</translation>
    </message>
    <message>
        <source>galley inbox: remove takes item numbers, as &apos;galley inbox list&apos; shows them.</source>
        <translation>galley inbox : remove attend des numéros d’éléments, tels que &apos;galley inbox list&apos; les affiche.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n item(s) from the inbox.</source>
        <translation>
            <numerusform>%n élément supprimé de la boîte de réception.</numerusform>
            <numerusform>%n éléments supprimés de la boîte de réception.</numerusform>
        </translation>
    </message>
    <message>
        <source>The link inbox: links collected during the week, to triage into the next issue.
  add URL...    capture links (the same link twice stays one item; its note is added)
  list          the new links (--all: also those used or dismissed)
  remove ID...  remove items for good
  import FILE   capture every entry of an RSS or Atom feed, or every link of a bookmarks file exported from a browser</source>
        <translation>La boîte de réception des liens : les liens collectés pendant la semaine, à trier pour le prochain numéro.
  add URL...    collecter des liens (le même lien deux fois reste un élément ; sa note est ajoutée)
  list          les nouveaux liens (--all : aussi ceux utilisés ou écartés)
  remove ID...  supprimer des éléments définitivement
  import FILE   collecter chaque entrée d’un flux RSS ou Atom, ou chaque lien d’un fichier de marque-pages exporté d’un navigateur</translation>
    </message>
    <message>
        <source>add, list, remove or import</source>
        <translation>add, list, remove ou import</translation>
    </message>
    <message>
        <source>With add or import: a note to keep with the links.</source>
        <translation>Avec add ou import : une note à garder avec les liens.</translation>
    </message>
    <message>
        <source>With add or import: the section the links are meant for.</source>
        <translation>Avec add ou import : la rubrique à laquelle les liens sont destinés.</translation>
    </message>
    <message>
        <source>With list: also the links used or dismissed.</source>
        <translation>Avec list : aussi les liens utilisés ou écartés.</translation>
    </message>
    <message>
        <source>galley inbox: say &apos;add URL...&apos;, &apos;list&apos;, &apos;remove ID...&apos; or &apos;import FILE&apos;. Try &apos;galley inbox --help&apos;.</source>
        <translation>galley inbox : indiquez &apos;add URL...&apos;, &apos;list&apos;, &apos;remove ID...&apos; ou &apos;import FILE&apos;. Essayez &apos;galley inbox --help&apos;.</translation>
    </message>
    <message>
        <source>galley inbox: --note and --section go with &apos;add&apos; and &apos;import&apos;.</source>
        <translation>galley inbox : --note et --section vont avec &apos;add&apos; et &apos;import&apos;.</translation>
    </message>
    <message>
        <source>galley inbox: --all goes with &apos;list&apos;.</source>
        <translation>galley inbox : --all va avec &apos;list&apos;.</translation>
    </message>
    <message>
        <source>Collect links for the next issue: add, list, remove, import.</source>
        <translation>Collecter des liens pour le prochain numéro : add, list, remove, import.</translation>
    </message>
</context>
<context>
    <name>galley::cli::LinksCommand</name>
    <message>
        <source>Show the issues that featured a link. Links compare without http/https, www., a trailing slash, the fragment or utm_* parameters.</source>
        <translation>Affiche les numéros qui ont présenté un lien. Les liens sont comparés sans http/https, www., barre oblique finale, fragment ni paramètres utm_*.</translation>
    </message>
    <message>
        <source>The link to look up.</source>
        <translation>Le lien à rechercher.</translation>
    </message>
    <message>
        <source>galley links: name exactly one URL. Try &apos;galley links --help&apos;.</source>
        <translation>galley links&#xa0;: indiquez exactement une URL. Voir &apos;galley links --help&apos;.</translation>
    </message>
    <message>
        <source>No stored issue has this link.</source>
        <translation>Aucun numéro enregistré ne contient ce lien.</translation>
    </message>
    <message>
        <source>[sponsor]</source>
        <translation>[sponsor]</translation>
    </message>
    <message>
        <source>Show the issues that featured a link.</source>
        <translation>Afficher les numéros qui ont présenté un lien.</translation>
    </message>
    <message>
        <source>Waiting in the inbox since %1 (item %2).</source>
        <translation>En attente dans la boîte de réception depuis le %1 (élément %2).</translation>
    </message>
</context>
<context>
    <name>galley::cli::ListCommand</name>
    <message>
        <source>List the issues in the store, newest first.</source>
        <translation>Liste les numéros de la base, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <source>galley list: takes no arguments. Try &apos;galley list --help&apos;.</source>
        <translation>galley list&#xa0;: n’accepte aucun argument. Voir &apos;galley list --help&apos;.</translation>
    </message>
    <message>
        <source>List the stored issues, newest first.</source>
        <translation>Lister les numéros enregistrés, du plus récent au plus ancien.</translation>
    </message>
</context>
<context>
    <name>galley::cli::MigrateCommand</name>
    <message>
        <source>Copy a whole store into a new one, between a SQLite file and a PostgreSQL schema (in either direction, or file to file): every issue with its revisions, links, settings, the inbox, link checks, test emails and spelling words, with their ids. The search index is rebuilt. The copy is checked before it is kept: each table&apos;s row count and checksum must match the original&apos;s. The original is only read, never changed; the target must be new (missing, empty, or a store without any rows).</source>
        <translation>Copier toute une base dans une nouvelle, entre un fichier SQLite et un schéma PostgreSQL (dans les deux sens, ou de fichier à fichier) : chaque numéro avec ses révisions, liens, réglages, la boîte de réception, les vérifications de liens, les e-mails de test et les mots d’orthographe, avec leurs identifiants. L’index de recherche est reconstruit. La copie est vérifiée avant d’être gardée : le nombre de lignes et la somme de contrôle de chaque table doivent être ceux de l’original. L’original est seulement lu, jamais modifié ; la cible doit être nouvelle (absente, vide, ou une base sans aucune ligne).</translation>
    </message>
    <message>
        <source>The new store to write: a file, or a postgresql:// URL.</source>
        <translation>La nouvelle base à écrire : un fichier, ou une adresse postgresql://.</translation>
    </message>
    <message>
        <source>Copying %1: %2 of %3 rows</source>
        <translation>Copie de %1 : %2 lignes sur %3</translation>
    </message>
    <message>
        <source>Copied %1 rows in %2 tables; every table&apos;s row count and checksum match the original. Search index rebuilt for %3 issues.</source>
        <translation>%1 lignes copiées dans %2 tables ; le nombre de lignes et la somme de contrôle de chaque table correspondent à l’original. Index de recherche reconstruit pour %3 numéros.</translation>
    </message>
    <message>
        <source>Copy the whole store into a new one (SQLite or PostgreSQL), checked.</source>
        <translation>Copier toute la base dans une nouvelle (SQLite ou PostgreSQL), vérifiée.</translation>
    </message>
    <message>
        <source>The store to copy: a file, or postgresql://[user@]host[:port]/db (default: the store --db or GALLEY_DB names, else the default store).</source>
        <translation>La base à copier : un fichier, ou postgresql://[user@]host[:port]/db (par défaut : la base que nomment --db ou GALLEY_DB, sinon la base par défaut).</translation>
    </message>
    <message>
        <source>galley migrate: name the new store with --to (and the store to copy with --from). Try &apos;galley migrate --help&apos;.</source>
        <translation>galley migrate : indiquez la nouvelle base avec --to (et la base à copier avec --from). Essayez &apos;galley migrate --help&apos;.</translation>
    </message>
</context>
<context>
    <name>galley::cli::NewCommand</name>
    <message>
        <source>Create the next issue&apos;s draft in the store: number, date, title, sponsor slots and sections continue the archive.</source>
        <translation>Crée dans la base le brouillon du prochain numéro&#xa0;: numéro, date, titre, emplacements sponsor et rubriques prolongent les archives.</translation>
    </message>
    <message>
        <source>Use issue number N instead of the latest + 1.</source>
        <translation>Utiliser le numéro N au lieu du dernier + 1.</translation>
    </message>
    <message>
        <source>Use this publication date instead of the next one.</source>
        <translation>Utiliser cette date de parution au lieu de la suivante.</translation>
    </message>
    <message>
        <source>galley new: takes no file; see &apos;galley new --help&apos;.</source>
        <translation>galley new&#xa0;: n’accepte pas de fichier&#xa0;; voir &apos;galley new --help&apos;.</translation>
    </message>
    <message>
        <source>galley new: --number takes a whole number of 1 or more.</source>
        <translation>galley new&#xa0;: --number attend un nombre entier supérieur ou égal à 1.</translation>
    </message>
    <message>
        <source>galley new: --date takes a date such as 2025-01-26.</source>
        <translation>galley new&#xa0;: --date attend une date comme 2025-01-26.</translation>
    </message>
    <message>
        <source>Created draft %1: %2 (%3)</source>
        <translation>Brouillon %1 créé&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>No sponsor is booked: the sponsor slots say TK.</source>
        <translation>Aucun sponsor n’est réservé&#xa0;: les emplacements sponsor indiquent TK.</translation>
    </message>
    <message>
        <source>Create the next issue&apos;s draft from the archive and templates.</source>
        <translation>Créer le brouillon du prochain numéro à partir des archives et des modèles.</translation>
    </message>
</context>
<context>
    <name>galley::cli::PasswordSource</name>
    <message>
        <source>the keyring holds none</source>
        <translation>le trousseau n’en contient aucun</translation>
    </message>
    <message>
        <source>no keyring: %1</source>
        <translation>pas de trousseau : %1</translation>
    </message>
    <message>
        <source>no password for %1 on %2 (%3): set GALLEY_SMTP_PASSWORD, or save the password in the keyring from Preferences ▸ Sending.</source>
        <translation>pas de mot de passe pour %1 sur %2 (%3) : définissez GALLEY_SMTP_PASSWORD, ou enregistrez le mot de passe dans le trousseau depuis Préférences ▸ Envoi.</translation>
    </message>
</context>
<context>
    <name>galley::cli::PublishCommand</name>
    <message>
        <source>Publishing: %1 of %2 issues rendered</source>
        <translation>Publication : %1 numéros rendus sur %2</translation>
    </message>
    <message>
        <source>galley publish: --per-page takes a number from 1 to %1.</source>
        <translation>galley publish : --per-page attend un nombre de 1 à %1.</translation>
    </message>
    <message>
        <source>galley publish: --view-online takes &apos;site&apos; or &apos;merge-tag&apos;.</source>
        <translation>galley publish : --view-online attend « site » ou « merge-tag ».</translation>
    </message>
    <message>
        <source>Publish every sent issue as a static website in OUTDIR: index pages, one page per issue, an Atom feed (feed.xml), a sitemap and a page of every link featured. Only changed files are written; files Galley wrote that no longer belong to the site are removed, and no other file.</source>
        <translation>Publie chaque numéro envoyé comme site statique dans OUTDIR : pages d&apos;index, une page par numéro, un flux Atom (feed.xml), un plan du site et une page de tous les liens présentés. Seuls les fichiers modifiés sont écrits ; les fichiers écrits par Galley qui n&apos;appartiennent plus au site sont supprimés, et aucun autre.</translation>
    </message>
    <message>
        <source>The site&apos;s folder.</source>
        <translation>Le dossier du site.</translation>
    </message>
    <message>
        <source>The http(s) address the site is served from. This and the options below are kept in the store for the next publish.</source>
        <translation>L&apos;adresse http(s) où le site est servi. Cette option et les suivantes sont conservées dans la base pour la prochaine publication.</translation>
    </message>
    <message>
        <source>The site&apos;s title (default: the newsletter&apos;s name).</source>
        <translation>Le titre du site (par défaut : le nom de la newsletter).</translation>
    </message>
    <message>
        <source>The site&apos;s description, under the title and in the feed.</source>
        <translation>La description du site, sous le titre et dans le flux.</translation>
    </message>
    <message>
        <source>Issues per index page (default 10).</source>
        <translation>Numéros par page d&apos;index (10 par défaut).</translation>
    </message>
    <message>
        <source>Where an issue&apos;s page goes: a path with {number}, {slug}, {year}, {month}, {day} (default: issues/{number}).</source>
        <translation>Où va la page d&apos;un numéro : un chemin avec {number}, {slug}, {year}, {month}, {day} (par défaut : issues/{number}).</translation>
    </message>
    <message>
        <source>&apos;site&apos;: the email&apos;s View online link goes to the issue&apos;s page on this site; &apos;merge-tag&apos;: to the mailing service&apos;s archive (the default).</source>
        <translation>« site » : le lien « Voir en ligne » de l&apos;e-mail mène à la page du numéro sur ce site ; « merge-tag » : aux archives du service d&apos;envoi (par défaut).</translation>
    </message>
    <message>
        <source>Publish into a folder that is not empty and holds no Galley site.</source>
        <translation>Publier dans un dossier qui n&apos;est pas vide et ne contient aucun site Galley.</translation>
    </message>
    <message>
        <source>galley publish: name exactly one OUTDIR. Try &apos;galley publish --help&apos;.</source>
        <translation>galley publish : indiquez exactement un OUTDIR. Voir « galley publish --help ».</translation>
    </message>
    <message numerus="yes">
        <source>Published %n issue(s) to %1: </source>
        <translation>
            <numerusform>%n numéro publié dans %1 : </numerusform>
            <numerusform>%n numéros publiés dans %1 : </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written, </source>
        <translation>
            <numerusform>%n fichier écrit, </numerusform>
            <numerusform>%n fichiers écrits, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged, </source>
        <translation>
            <numerusform>%n inchangé, </numerusform>
            <numerusform>%n inchangés, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed.</source>
        <translation>
            <numerusform>%n supprimé.</numerusform>
            <numerusform>%n supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish the sent issues as a static website with a feed.</source>
        <translation>Publier les numéros envoyés comme site statique avec un flux.</translation>
    </message>
</context>
<context>
    <name>galley::cli::SearchCommand</name>
    <message>
        <source>Search titles and bodies of the stored issues; best matches first. Every word must occur, each also as the start of a longer word.</source>
        <translation>Cherche dans les titres et le texte des numéros enregistrés&#xa0;; les meilleurs résultats d’abord. Chaque mot doit apparaître, éventuellement comme début d’un mot plus long.</translation>
    </message>
    <message>
        <source>The words to look for.</source>
        <translation>Les mots à chercher.</translation>
    </message>
    <message>
        <source>Show at most N hits (default 20).</source>
        <translation>Afficher au plus N résultats (20 par défaut).</translation>
    </message>
    <message>
        <source>galley search: give the words to look for (and a positive --limit). Try &apos;galley search --help&apos;.</source>
        <translation>galley search&#xa0;: indiquez les mots à chercher (et une valeur --limit positive). Voir &apos;galley search --help&apos;.</translation>
    </message>
    <message>
        <source>Full-text search over the stored issues.</source>
        <translation>Recherche en texte intégral dans les numéros enregistrés.</translation>
    </message>
</context>
<context>
    <name>galley::cli::SendTestCommand</name>
    <message>
        <source>unknown security &apos;%1&apos;; use starttls, tls or none.</source>
        <translation>sécurité « %1 » inconnue ; utilisez starttls, tls ou none.</translation>
    </message>
    <message>
        <source>Send an issue file (or a stored draft) as a test email: the message &apos;galley export --to eml&apos; writes, &quot;[TEST]&quot; before its subject, to at most %1 addresses. The password comes from GALLEY_SMTP_PASSWORD or the keyring. Exit code 0: sent; 1: not sent (the server or the network said no); 2: usage.</source>
        <translation>Envoyer un fichier de numéro (ou un brouillon enregistré) comme e-mail de test : le message qu’écrit « galley export --to eml », « [TEST] » devant son objet, à %1 adresses au plus. Le mot de passe vient de GALLEY_SMTP_PASSWORD ou du trousseau. Code de sortie 0 : envoyé ; 1 : non envoyé (refus du serveur ou du réseau) ; 2 : utilisation.</translation>
    </message>
    <message>
        <source>The issue&apos;s Markdown file.</source>
        <translation>Le fichier Markdown du numéro.</translation>
    </message>
    <message>
        <source>A test recipient (repeat for more; default: Preferences ▸ Sending).</source>
        <translation>Un destinataire de test (à répéter pour plusieurs ; par défaut : Préférences ▸ Envoi).</translation>
    </message>
    <message>
        <source>The server: smtp://[user@]host[:port] (STARTTLS) or smtps://... (TLS); default: Preferences ▸ Sending.</source>
        <translation>Le serveur : smtp://[utilisateur@]hôte[:port] (STARTTLS) ou smtps://... (TLS) ; par défaut : Préférences ▸ Envoi.</translation>
    </message>
    <message>
        <source>starttls, tls or none (none only to localhost, 127.0.0.1 or ::1).</source>
        <translation>starttls, tls ou none (none seulement vers localhost, 127.0.0.1 ou ::1).</translation>
    </message>
    <message>
        <source>Accept the server&apos;s certificate with this SHA-256 fingerprint, although no authority vouches for it (a self-signed server).</source>
        <translation>Accepter le certificat du serveur qui a cette empreinte SHA-256, bien qu’aucune autorité ne le garantisse (un serveur auto-signé).</translation>
    </message>
    <message>
        <source>Send the subject without &quot;[TEST]&quot;.</source>
        <translation>Envoyer l’objet sans « [TEST] ».</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 30).</source>
        <translation>Abandonner après ce nombre de secondes (30 par défaut).</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds between 0 and 600.</source>
        <translation>--timeout attend un nombre de secondes entre 0 et 600.</translation>
    </message>
    <message>
        <source>warning: the test was sent but not recorded in the history: %1</source>
        <translation>avertissement : le test a été envoyé mais pas inscrit dans l’historique : %1</translation>
    </message>
    <message>
        <source>Sent &quot;%1&quot; to %2 through %3.</source>
        <translation>« %1 » envoyé à %2 par %3.</translation>
    </message>
    <message>
        <source>Send an issue as a test email over SMTP.</source>
        <translation>Envoyer un numéro comme e-mail de test par SMTP.</translation>
    </message>
</context>
<context>
    <name>galley::cli::SettingsCommand</name>
    <message>
        <source>Show the store&apos;s settings that are one number each, or change one: &apos;galley settings KEY VALUE&apos;.</source>
        <translation>Afficher les réglages de la base qui sont chacun un nombre, ou en changer un&#xa0;: &apos;galley settings KEY VALUE&apos;.</translation>
    </message>
    <message>
        <source>The setting to show or change.</source>
        <translation>Le réglage à afficher ou à changer.</translation>
    </message>
    <message>
        <source>Its new value.</source>
        <translation>Sa nouvelle valeur.</translation>
    </message>
    <message>
        <source>galley settings: give at most a key and a value. Try &apos;galley settings --help&apos;.</source>
        <translation>galley settings&#xa0;: indiquez au plus une clé et une valeur. Essayez &apos;galley settings --help&apos;.</translation>
    </message>
    <message>
        <source>galley settings: there is no setting &quot;%1&quot;; there are: %2.</source>
        <translation>galley settings&#xa0;: il n’y a pas de réglage «&#xa0;%1&#xa0;»&#xa0;; il y a&#xa0;: %2.</translation>
    </message>
    <message>
        <source>galley settings: %1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>galley settings&#xa0;: %1 attend un nombre entier de %2 à %3, pas «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>(the default)</source>
        <translation>(la valeur par défaut)</translation>
    </message>
    <message>
        <source>Show or change the store&apos;s numeric settings.</source>
        <translation>Afficher ou changer les réglages numériques de la base.</translation>
    </message>
</context>
<context>
    <name>galley::cli::ShowCommand</name>
    <message>
        <source>Print a stored issue&apos;s document (front matter and Markdown).</source>
        <translation>Affiche le document d’un numéro enregistré (en-tête YAML et Markdown).</translation>
    </message>
    <message>
        <source>The issue&apos;s id, as &apos;galley list&apos; shows it.</source>
        <translation>L’identifiant du numéro, tel que &apos;galley list&apos; l’affiche.</translation>
    </message>
    <message>
        <source>Print a stored issue&apos;s document.</source>
        <translation>Afficher le document d’un numéro enregistré.</translation>
    </message>
</context>
<context>
    <name>galley::cli::SpellCommand</name>
    <message>
        <source>Check an issue&apos;s spelling with the newsletter&apos;s dictionary, its personal words and the archive&apos;s vocabulary. Exit code 0: no unknown words, 1: some found.</source>
        <translation>Vérifie l’orthographe d’un numéro avec le dictionnaire de la lettre, ses mots personnels et le vocabulaire des archives. Code de sortie 0 : aucun mot inconnu, 1 : des mots inconnus trouvés.</translation>
    </message>
    <message>
        <source>The issue&apos;s Markdown file.</source>
        <translation>Le fichier Markdown du numéro.</translation>
    </message>
    <message>
        <source>Check in this language (en, en-GB, de, fr, ...) instead of the issue&apos;s or the newsletter&apos;s.</source>
        <translation>Vérifier dans cette langue (en, en-GB, de, fr, …) au lieu de celle du numéro ou de la lettre.</translation>
    </message>
    <message>
        <source>draft %1</source>
        <translation>brouillon %1</translation>
    </message>
    <message>
        <source>%1: no unknown words (%2).</source>
        <translation>%1 : aucun mot inconnu (%2).</translation>
    </message>
    <message>
        <source>List an issue&apos;s unknown words (file or --draft ID).</source>
        <translation>Liste les mots inconnus d’un numéro (fichier ou --draft ID).</translation>
    </message>
    <message>
        <source>galley spell: give one word, without spaces.</source>
        <translation>galley spell : indiquez un seul mot, sans espace.</translation>
    </message>
    <message>
        <source>galley spell: “%1” is not in the personal dictionary (%2).</source>
        <translation>galley spell : « %1 » n’est pas dans le dictionnaire personnel (%2).</translation>
    </message>
    <message>
        <source>“%1” is in the personal dictionary (%2).</source>
        <translation>« %1 » est dans le dictionnaire personnel (%2).</translation>
    </message>
    <message>
        <source>“%1” was removed from the personal dictionary (%2).</source>
        <translation>« %1 » a été retiré du dictionnaire personnel (%2).</translation>
    </message>
    <message>
        <source>List the personal dictionary&apos;s words (of --lang, else of the newsletter&apos;s spelling language).</source>
        <translation>Lister les mots du dictionnaire personnel (de la langue de --lang, sinon de la langue d&apos;orthographe de la newsletter).</translation>
    </message>
    <message>
        <source>Add a word to the personal dictionary.</source>
        <translation>Ajouter un mot au dictionnaire personnel.</translation>
    </message>
    <message>
        <source>Remove a word from the personal dictionary.</source>
        <translation>Retirer un mot du dictionnaire personnel.</translation>
    </message>
    <message>
        <source>galley spell: --words, --add-word and --remove-word go alone, without a file.</source>
        <translation>galley spell : --words, --add-word et --remove-word s&apos;emploient seuls, sans fichier.</translation>
    </message>
</context>
<context>
    <name>galley::cli::SponsorsCommand</name>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n numéro</numerusform>
            <numerusform>%n numéros</numerusform>
        </translation>
    </message>
    <message>
        <source>The sponsor library is empty; &apos;galley sponsors import-archive&apos; offers the archive&apos;s sponsors.</source>
        <translation>La bibliothèque de sponsors est vide ; &apos;galley sponsors import-archive&apos; propose les sponsors de l&apos;archive.</translation>
    </message>
    <message>
        <source>No sponsor block was found in the archive&apos;s sent issues.</source>
        <translation>Aucun bloc de sponsor n&apos;a été trouvé dans les numéros envoyés de l&apos;archive.</translation>
    </message>
    <message>
        <source>would be added</source>
        <translation>serait ajouté</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>already in the library</source>
        <translation>déjà dans la bibliothèque</translation>
    </message>
    <message numerus="yes">
        <source>Would add %n sponsor(s) to the library (a dry run: nothing was written).</source>
        <translation>
            <numerusform>Ajouterait %n sponsor à la bibliothèque (essai à blanc : rien n&apos;a été écrit).</numerusform>
            <numerusform>Ajouterait %n sponsors à la bibliothèque (essai à blanc : rien n&apos;a été écrit).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n sponsor(s) to the library.</source>
        <translation>
            <numerusform>%n sponsor ajouté à la bibliothèque.</numerusform>
            <numerusform>%n sponsors ajoutés à la bibliothèque.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n sponsor(s) the library already has: %1.</source>
        <translation>
            <numerusform>%n sponsor ignoré, déjà dans la bibliothèque : %1.</numerusform>
            <numerusform>%n sponsors ignorés, déjà dans la bibliothèque : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sponsor library. &apos;list&apos; shows it; &apos;import-archive&apos; adds the sponsors of the archive&apos;s sponsor blocks (name, heading, copy and link from the latest issue that ran each one), skipping those the library already has.</source>
        <translation>La bibliothèque de sponsors. &apos;list&apos; l&apos;affiche ; &apos;import-archive&apos; ajoute les sponsors des blocs de sponsor de l&apos;archive (nom, titre, texte et lien du dernier numéro où chacun est paru), en ignorant ceux que la bibliothèque contient déjà.</translation>
    </message>
    <message>
        <source>list or import-archive</source>
        <translation>list ou import-archive</translation>
    </message>
    <message>
        <source>With import-archive: say what would be added, and write nothing.</source>
        <translation>Avec import-archive : dire ce qui serait ajouté, sans rien écrire.</translation>
    </message>
    <message>
        <source>galley sponsors: say &apos;list&apos; or &apos;import-archive&apos;. Try &apos;galley sponsors --help&apos;.</source>
        <translation>galley sponsors : indiquez &apos;list&apos; ou &apos;import-archive&apos;. Essayez &apos;galley sponsors --help&apos;.</translation>
    </message>
    <message>
        <source>galley sponsors: --dry-run goes with &apos;import-archive&apos;.</source>
        <translation>galley sponsors : --dry-run va avec &apos;import-archive&apos;.</translation>
    </message>
    <message>
        <source>List the sponsor library, or import the archive&apos;s sponsors.</source>
        <translation>Lister la bibliothèque de sponsors ou importer les sponsors de l&apos;archive.</translation>
    </message>
</context>
<context>
    <name>galley::cli::StoreArgument</name>
    <message>
        <source>galley %1: name one issue by its id (a number, as &apos;galley list&apos; shows it). Try &apos;galley %1 --help&apos;.</source>
        <translation>galley %1&#xa0;: indiquez un numéro par son identifiant (un nombre, tel que &apos;galley list&apos; l’affiche). Voir &apos;galley %1 --help&apos;.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
</context>
<context>
    <name>galley::cli::TrashCommand</name>
    <message>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <source>List the issues in the trash, or empty it: &apos;empty --yes&apos; deletes them for good, with their revisions.</source>
        <translation>Lister les numéros de la corbeille, ou la vider&#xa0;: &apos;empty --yes&apos; les supprime définitivement, avec leurs révisions.</translation>
    </message>
    <message>
        <source>list or empty</source>
        <translation>list ou empty</translation>
    </message>
    <message>
        <source>Confirm that &apos;empty&apos; deletes the trashed issues for good.</source>
        <translation>Confirme que &apos;empty&apos; supprime définitivement les numéros de la corbeille.</translation>
    </message>
    <message>
        <source>galley trash: say &apos;list&apos; or &apos;empty&apos;. Try &apos;galley trash --help&apos;.</source>
        <translation>galley trash&#xa0;: indiquez &apos;list&apos; ou &apos;empty&apos;. Essayez &apos;galley trash --help&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>galley trash: &apos;empty&apos; deletes %n issue(s) for good, with their revisions; run &apos;galley trash empty --yes&apos; to do it.</source>
        <translation>
            <numerusform>galley trash&#xa0;: &apos;empty&apos; supprime définitivement %n numéro, avec ses révisions&#xa0;; lancez &apos;galley trash empty --yes&apos; pour le faire.</numerusform>
            <numerusform>galley trash&#xa0;: &apos;empty&apos; supprime définitivement %n numéros, avec leurs révisions&#xa0;; lancez &apos;galley trash empty --yes&apos; pour le faire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n issue(s) for good.</source>
        <translation>
            <numerusform>%n numéro supprimé définitivement.</numerusform>
            <numerusform>%n numéros supprimés définitivement.</numerusform>
        </translation>
    </message>
    <message>
        <source>List or empty the trash.</source>
        <translation>Lister ou vider la corbeille.</translation>
    </message>
</context>
<context>
    <name>galley::gui::ActionRegistry</name>
    <message>
        <source>&amp;New Issue</source>
        <translation>&amp;Nouveau numéro</translation>
    </message>
    <message>
        <source>New &amp;Blank Draft</source>
        <translation>Nouveau &amp;brouillon vide</translation>
    </message>
    <message>
        <source>Ctrl+Alt+N</source>
        <translation>Ctrl+Alt+N</translation>
    </message>
    <message>
        <source>&amp;Duplicate Draft</source>
        <translation>&amp;Dupliquer le brouillon</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;Open/Import…</source>
        <translation>&amp;Ouvrir/Importer…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Copy Email &amp;HTML</source>
        <translation>Copier le &amp;HTML de l’e-mail</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy Plain &amp;Text</source>
        <translation>Copier le &amp;texte brut</translation>
    </message>
    <message>
        <source>Ctrl+Alt+C</source>
        <translation>Ctrl+Alt+C</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Couper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence pr&amp;écédente</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>Re&amp;mplacer…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Lien</translation>
    </message>
    <message>
        <source>Ctrl+Alt+K</source>
        <translation>Ctrl+Alt+K</translation>
    </message>
    <message>
        <source>&amp;Heading</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Gras</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Italique</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Bulleted &amp;List</source>
        <translation>Liste à &amp;puces</translation>
    </message>
    <message>
        <source>Ctrl+Shift+8</source>
        <translation>Ctrl+Shift+8</translation>
    </message>
    <message>
        <source>Block &amp;Quote</source>
        <translation>&amp;Bloc de citation</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Q</source>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <source>Horizontal &amp;Rule</source>
        <translation>&amp;Filet horizontal</translation>
    </message>
    <message>
        <source>&amp;Sponsor Block</source>
        <translation>Bloc &amp;sponsor</translation>
    </message>
    <message>
        <source>Closing Sponsor &amp;Repeat</source>
        <translation>&amp;Reprise du sponsor en fin</translation>
    </message>
    <message>
        <source>Sec&amp;tion…</source>
        <translation>R&amp;ubrique…</translation>
    </message>
    <message>
        <source>&amp;Add Link to Section…</source>
        <translation>&amp;Ajouter un lien à une rubrique…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Command &amp;Palette…</source>
        <translation>Palette de co&amp;mmandes…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Drafts Panel</source>
        <translation>Panneau des &amp;brouillons</translation>
    </message>
    <message>
        <source>Ctrl+Shift+1</source>
        <translation>Ctrl+Shift+1</translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Ctrl+Shift+2</source>
        <translation>Ctrl+Shift+2</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Ctrl+Shift+3</source>
        <translation>Ctrl+Shift+3</translation>
    </message>
    <message>
        <source>&amp;Scroll Preview with Editor</source>
        <translation>&amp;Faire défiler l’aperçu avec l’éditeur</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Taille normale</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Plein &amp;écran</translation>
    </message>
    <message>
        <source>Email at &amp;Desktop Width</source>
        <translation>E-mail en largeur b&amp;ureau</translation>
    </message>
    <message>
        <source>Ctrl+Alt+1</source>
        <translation>Ctrl+Alt+1</translation>
    </message>
    <message>
        <source>Email at P&amp;hone Width</source>
        <translation>E-mail en largeur téléph&amp;one</translation>
    </message>
    <message>
        <source>Ctrl+Alt+2</source>
        <translation>Ctrl+Alt+2</translation>
    </message>
    <message>
        <source>Email in Dar&amp;k Mode</source>
        <translation>E-mail en mode &amp;sombre</translation>
    </message>
    <message>
        <source>Ctrl+Alt+3</source>
        <translation>Ctrl+Alt+3</translation>
    </message>
    <message>
        <source>Plain-Te&amp;xt Part</source>
        <translation>Partie te&amp;xte brut</translation>
    </message>
    <message>
        <source>Ctrl+Alt+4</source>
        <translation>Ctrl+Alt+4</translation>
    </message>
    <message>
        <source>&amp;Check Issue</source>
        <translation>&amp;Vérifier le numéro</translation>
    </message>
    <message>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>&amp;Link History…</source>
        <translation>&amp;Historique des liens…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>S&amp;ponsors and Bookings…</source>
        <translation>S&amp;ponsors et réservations…</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>&amp;Modèles…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>Histori&amp;que des versions…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y</source>
        <translation>Ctrl+Shift+Y</translation>
    </message>
    <message>
        <source>Mark as &amp;Draft</source>
        <translation>Marquer comme &amp;brouillon</translation>
    </message>
    <message>
        <source>Mark as S&amp;cheduled</source>
        <translation>Marquer comme pro&amp;grammé</translation>
    </message>
    <message>
        <source>Mark as &amp;Sent</source>
        <translation>Marquer comme &amp;envoyé</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Mettre à la &amp;corbeille</translation>
    </message>
    <message>
        <source>Show T&amp;rash…</source>
        <translation>Afficher la co&amp;rbeille…</translation>
    </message>
    <message>
        <source>&amp;About Galley</source>
        <translation>À &amp;propos de Galley</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertion</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>I&amp;ssue</source>
        <translation>&amp;Numéro</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message>
        <source>Check Lin&amp;ks</source>
        <translation>Vérifier les lie&amp;ns</translation>
    </message>
    <message>
        <source>Shift+F7</source>
        <translation>Shift+F7</translation>
    </message>
    <message>
        <source>Link &amp;Inbox</source>
        <translation>&amp;Boîte de réception des liens</translation>
    </message>
    <message>
        <source>Ctrl+Shift+4</source>
        <translation>Ctrl+Shift+4</translation>
    </message>
    <message>
        <source>Send Test E&amp;mail</source>
        <translation>Envoyer un e-&amp;mail de test</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Next &amp;Misspelling</source>
        <translation>Faute d’orthographe &amp;suivante</translation>
    </message>
    <message>
        <source>Ctrl+;</source>
        <translation>Ctrl+;</translation>
    </message>
    <message>
        <source>Check &amp;Spelling</source>
        <translation>Vérifier l’&amp;orthographe</translation>
    </message>
    <message>
        <source>Publish &amp;Archive…</source>
        <translation>Publier les &amp;archives…</translation>
    </message>
</context>
<context>
    <name>galley::gui::AddLinkDialog</name>
    <message>
        <source>This issue has no section to add a link to. Insert one first (Insert ▸ Section…).</source>
        <translation>Ce numéro n’a aucune rubrique où ajouter un lien. Insérez-en d’abord une (Insertion ▸ Rubrique…).</translation>
    </message>
    <message>
        <source>%1 is already in this issue, on line %2: it cannot be added again.</source>
        <translation>%1 figure déjà dans ce numéro, ligne %2&#xa0;: il ne peut pas être ajouté une seconde fois.</translation>
    </message>
    <message>
        <source> as a sponsor link</source>
        <translation> comme lien sponsor</translation>
    </message>
    <message>
        <source>%1 was featured in %2.</source>
        <translation>%1 a été présenté dans %2.</translation>
    </message>
    <message>
        <source>Not featured in any earlier issue.</source>
        <translation>Présenté dans aucun numéro précédent.</translation>
    </message>
    <message>
        <source>This link is already in this issue, on line %1: it cannot be added again.</source>
        <translation>Ce lien figure déjà dans ce numéro, ligne %1&#xa0;: il ne peut pas être ajouté une seconde fois.</translation>
    </message>
</context>
<context>
    <name>galley::gui::ArchiveSponsorOffer</name>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>&amp;Import from Archive…</source>
        <translation>&amp;Importer depuis l&apos;archive…</translation>
    </message>
    <message>
        <source>Add the sponsors of the archive&apos;s sponsor blocks to the library.</source>
        <translation>Ajouter à la bibliothèque les sponsors des blocs de sponsor de l&apos;archive.</translation>
    </message>
    <message>
        <source>Could not read the archive: %1</source>
        <translation>Impossible de lire l&apos;archive : %1</translation>
    </message>
    <message>
        <source>No sponsor block was found in the archive&apos;s sent issues.</source>
        <translation>Aucun bloc de sponsor n&apos;a été trouvé dans les numéros envoyés de l&apos;archive.</translation>
    </message>
    <message numerus="yes">
        <source>%n sponsor(s) found in the archive, and the library is empty.</source>
        <translation>
            <numerusform>%n sponsor trouvé dans l&apos;archive, et la bibliothèque est vide.</numerusform>
            <numerusform>%n sponsors trouvés dans l&apos;archive, et la bibliothèque est vide.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé : %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n sponsor(s) from the archive into the library (saved).</source>
        <translation>
            <numerusform>%n sponsor importé de l&apos;archive dans la bibliothèque (enregistré).</numerusform>
            <numerusform>%n sponsors importés de l&apos;archive dans la bibliothèque (enregistrés).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n already in the library: %1.</source>
        <translation>
            <numerusform>%n ignoré, déjà dans la bibliothèque : %1.</numerusform>
            <numerusform>%n ignorés, déjà dans la bibliothèque : %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::gui::BlockInsertion</name>
    <message>
        <source>Choose the section to insert.</source>
        <translation>Choisissez la rubrique à insérer.</translation>
    </message>
    <message>
        <source>This issue already has a section &quot;%1&quot;, on line %2.</source>
        <translation>Ce numéro a déjà une rubrique «&#xa0;%1&#xa0;», ligne %2.</translation>
    </message>
</context>
<context>
    <name>galley::gui::CheckPanel</name>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>The check cannot run: %1</source>
        <translation>La vérification ne peut pas s’exécuter&#xa0;: %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>Whole issue</source>
        <translation>Tout le numéro</translation>
    </message>
    <message>
        <source>No problems found: this issue is ready to send.</source>
        <translation>Aucun problème&#xa0;: ce numéro est prêt à partir.</translation>
    </message>
    <message numerus="yes">
        <source>Ready to send; %n note(s) worth a look.</source>
        <translation>
            <numerusform>Prêt à partir&#xa0;; %n remarque mérite un coup d’œil.</numerusform>
            <numerusform>Prêt à partir&#xa0;; %n remarques méritent un coup d’œil.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before sending. Click one to go to its line.</source>
        <translation>
            <numerusform>%n problème à corriger avant l’envoi. Cliquez dessus pour aller à sa ligne.</numerusform>
            <numerusform>%n problèmes à corriger avant l’envoi. Cliquez sur l’un d’eux pour aller à sa ligne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Replace with Final URL</source>
        <translation>Remplacer par l’URL finale</translation>
    </message>
    <message>
        <source>Checking links: %v of %m</source>
        <translation>Vérification des liens : %v sur %m</translation>
    </message>
    <message>
        <source>Link check cancelled: only the links checked so far are listed.</source>
        <translation>Vérification des liens annulée : seuls les liens déjà vérifiés sont listés.</translation>
    </message>
</context>
<context>
    <name>galley::gui::CommandPalette</name>
    <message>
        <source>Type a command…</source>
        <translation>Tapez une commande…</translation>
    </message>
    <message>
        <source> (on)</source>
        <translation> (activé)</translation>
    </message>
    <message>
        <source> (off)</source>
        <translation> (désactivé)</translation>
    </message>
</context>
<context>
    <name>galley::gui::DraftsPanel</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programmé</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Search all issues</source>
        <translation>Chercher dans tous les numéros</translation>
    </message>
    <message>
        <source>Drafts and archive</source>
        <translation>Brouillons et archives</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
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
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Nouveau brouillon</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Duplicate the open draft</source>
        <translation>Dupliquer le brouillon ouvert</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move the open draft to the trash</source>
        <translation>Mettre le brouillon ouvert à la corbeille</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Edited %1</source>
        <translation>Modifié le %1</translation>
    </message>
</context>
<context>
    <name>galley::gui::ExportController</name>
    <message>
        <source>The newsletter settings cannot be read (%1). The preview and exports use the defaults until they are saved again in Preferences.</source>
        <translation>Les réglages de la newsletter ne peuvent pas être lus (%1). L’aperçu et les exports utilisent les valeurs par défaut jusqu’à ce qu’ils soient de nouveau enregistrés dans les préférences.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>%n fichier exporté dans %1</numerusform>
            <numerusform>%n fichiers exportés dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was copied: the issue&apos;s front matter cannot be read (%1).</source>
        <translation>Rien n’a été copié&#xa0;: l’en-tête YAML du numéro ne peut pas être lu (%1).</translation>
    </message>
    <message>
        <source>Email HTML copied (%1): paste it into your mailing service.</source>
        <translation>HTML de l’e-mail copié (%1)&#xa0;: collez-le dans votre service d’envoi.</translation>
    </message>
    <message>
        <source>Plain-text part copied (%1).</source>
        <translation>Partie texte brut copiée (%1).</translation>
    </message>
</context>
<context>
    <name>galley::gui::ExportDialog</name>
    <message>
        <source>The issue&apos;s front matter cannot be read (%1). Fix it in the editor (the preview shows where), then export again.</source>
        <translation>L’en-tête YAML du numéro ne peut pas être lu (%1). Corrigez-le dans l’éditeur (l’aperçu montre où), puis exportez de nouveau.</translation>
    </message>
    <message>
        <source>The folder cannot be created. Choose a folder you can write to.</source>
        <translation>Le dossier ne peut pas être créé. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>A file name cannot contain / or \; choose the folder above.</source>
        <translation>Un nom de fichier ne peut contenir ni / ni \&#xa0;; choisissez le dossier ci-dessus.</translation>
    </message>
    <message>
        <source>Choose at least one format, a folder and a file name.</source>
        <translation>Choisissez au moins un format, un dossier et un nom de fichier.</translation>
    </message>
    <message>
        <source>Writes %1</source>
        <translation>Écrit %1</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>Exporter dans le dossier</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder to export to.</source>
        <translation>%1 est un fichier, pas un dossier. Choisissez un dossier où exporter.</translation>
    </message>
    <message>
        <source>Replace Files?</source>
        <translation>Remplacer les fichiers&#xa0;?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>These files already exist:
%1

Replace them?</source>
        <translation>Ces fichiers existent déjà&#xa0;:
%1

Les remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Not exported:</source>
        <translation>Non exporté&#xa0;:</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose another folder or file name, or fix the problem above, and export again.</source>
        <translation>Choisissez un autre dossier ou nom de fichier, ou corrigez le problème ci-dessus, puis exportez de nouveau.</translation>
    </message>
</context>
<context>
    <name>galley::gui::FindReplaceBar</name>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>E&amp;xpression régulière</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>&amp;Mots entiers</translation>
    </message>
    <message>
        <source>&amp;Highlight all</source>
        <translation>&amp;Tout surligner</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
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
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation>Remplacer t&amp;out</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Invalid expression</source>
        <translation>Expression non valide</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n remplacement</numerusform>
            <numerusform>%n remplacements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::gui::HistoryDialog</name>
    <message>
        <source>autosave</source>
        <translation>enregistrement automatique</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restauré</translation>
    </message>
    <message>
        <source>&amp;Restore This Revision</source>
        <translation>&amp;Restaurer cette version</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique des versions</translation>
    </message>
    <message>
        <source>Loading revisions…</source>
        <translation>Chargement des versions…</translation>
    </message>
    <message>
        <source>Lines marked + are in the editor but not in this revision; − the other way round.</source>
        <translation>Les lignes marquées + sont dans l’éditeur mais pas dans cette version&#xa0;; − indique l’inverse.</translation>
    </message>
    <message>
        <source>%1 — %2, %3 bytes</source>
        <translation>%1 — %2, %3 octets</translation>
    </message>
    <message numerus="yes">
        <source>%n revisions of this draft.</source>
        <translation>
            <numerusform>%n version de ce brouillon.</numerusform>
            <numerusform>%n versions de ce brouillon.</numerusform>
        </translation>
    </message>
    <message>
        <source>changed elsewhere, kept</source>
        <translation>modifié ailleurs, conservé</translation>
    </message>
    <message>
        <source>Test emails sent:</source>
        <translation>E-mails de test envoyés :</translation>
    </message>
    <message>
        <source>%1 — &quot;%2&quot; to %3 through %4</source>
        <translation>%1 — « %2 » à %3 par %4</translation>
    </message>
    <message>
        <source>None yet: Issue ▸ Send Test Email sends one.</source>
        <translation>Aucun pour l’instant : Numéro ▸ Envoyer un e-mail de test en envoie un.</translation>
    </message>
</context>
<context>
    <name>galley::gui::InboxController</name>
    <message>
        <source>Inbox</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Inbox (%1)</source>
        <translation>Réception (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Added %n link(s) to the inbox.</source>
        <translation>
            <numerusform>%n lien ajouté à la boîte de réception.</numerusform>
            <numerusform>%n liens ajoutés à la boîte de réception.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) were in the inbox already.</source>
        <translation>
            <numerusform>%n lien était déjà dans la boîte de réception.</numerusform>
            <numerusform>%n liens étaient déjà dans la boîte de réception.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) added to the issue.</source>
        <translation>
            <numerusform>%n lien ajouté au numéro.</numerusform>
            <numerusform>%n liens ajoutés au numéro.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::gui::InboxPanel</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Add link…</source>
        <translation>Ajouter un lien…</translation>
    </message>
    <message>
        <source>The title could not be read: %1</source>
        <translation>Le titre n’a pas pu être lu : %1</translation>
    </message>
    <message numerus="yes">
        <source>Dismissed %n link(s).</source>
        <translation>
            <numerusform>%n lien écarté.</numerusform>
            <numerusform>%n liens écartés.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>« %1 » n’est pas une adresse web.</translation>
    </message>
    <message>
        <source>The clipboard holds no web address.</source>
        <translation>Le presse-papiers ne contient aucune adresse web.</translation>
    </message>
    <message>
        <source>Only web addresses can be dropped here.</source>
        <translation>Seules des adresses web peuvent être déposées ici.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>il y a %n semaine</numerusform>
            <numerusform>il y a %n semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>in this draft</source>
        <translation>dans ce brouillon</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s) without a number</source>
        <translation>
            <numerusform>%n numéro sans numéro</numerusform>
            <numerusform>%n numéros sans numéro</numerusform>
        </translation>
    </message>
    <message>
        <source>featured in %1</source>
        <translation>publié dans %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>pour %1</translation>
    </message>
    <message>
        <source>no title: %1</source>
        <translation>pas de titre : %1</translation>
    </message>
    <message>
        <source>Read Titles Again</source>
        <translation>Relire les titres</translation>
    </message>
    <message>
        <source>Add to Issue…</source>
        <translation>Ajouter au numéro…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
</context>
<context>
    <name>galley::gui::IssueCommands</name>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>The text changed before the insertion was ready, so nothing was inserted. Please try again.</source>
        <translation>Le texte a changé avant que l’insertion soit prête&#xa0;; rien n’a donc été inséré. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>The next issue cannot be planned: %1</source>
        <translation>Le prochain numéro ne peut pas être préparé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 créé.</translation>
    </message>
    <message>
        <source>No sponsor is booked for issue #%1: both sponsor slots say “TK sponsor”. Book one in Issue ▸ Sponsors and Bookings.</source>
        <translation>Aucun sponsor n’est réservé pour le numéro #%1&#xa0;: les deux emplacements sponsor indiquent «&#xa0;TK sponsor&#xa0;». Réservez-en un dans Numéro ▸ Sponsors et réservations.</translation>
    </message>
    <message>
        <source>The sponsor block cannot be inserted: %1</source>
        <translation>Le bloc sponsor ne peut pas être inséré&#xa0;: %1</translation>
    </message>
    <message>
        <source>issue #%1 (%2)</source>
        <translation>numéro #%1 (%2)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>this issue (it has no number)</source>
        <translation>ce numéro (il n’a pas de numéro)</translation>
    </message>
    <message>
        <source>No sponsor is booked for %1, so a marked placeholder (“TK sponsor”) was inserted. Book a sponsor in Issue ▸ Sponsors and Bookings.</source>
        <translation>Aucun sponsor n’est réservé pour %1&#xa0;: un espace réservé signalé («&#xa0;TK sponsor&#xa0;») a donc été inséré. Réservez un sponsor dans Numéro ▸ Sponsors et réservations.</translation>
    </message>
    <message>
        <source>The section cannot be inserted: %1</source>
        <translation>La rubrique ne peut pas être insérée&#xa0;: %1</translation>
    </message>
    <message>
        <source>No sections are set up yet. Add them in Preferences.</source>
        <translation>Aucune rubrique n’est encore définie. Ajoutez-en dans les préférences.</translation>
    </message>
    <message>
        <source>This issue already has every section of the settings (%1).</source>
        <translation>Ce numéro a déjà toutes les rubriques des réglages (%1).</translation>
    </message>
    <message>
        <source>Insert Section</source>
        <translation>Insérer une rubrique</translation>
    </message>
    <message>
        <source>Section to insert (it goes where the section order puts it):</source>
        <translation>Rubrique à insérer (elle se place selon l’ordre des rubriques)&#xa0;:</translation>
    </message>
    <message>
        <source>Add Link needs the newsletter&apos;s settings: %1</source>
        <translation>«&#xa0;Ajouter un lien&#xa0;» a besoin des réglages de la newsletter&#xa0;: %1</translation>
    </message>
    <message>
        <source>Put the cursor on a link, select one or copy one, then ask again (Issue ▸ Link History).</source>
        <translation>Placez le curseur sur un lien, sélectionnez-en un ou copiez-en un, puis redemandez (Numéro ▸ Historique des liens).</translation>
    </message>
    <message>
        <source>The links cannot be added: %1</source>
        <translation>Les liens ne peuvent pas être ajoutés&#xa0;: %1</translation>
    </message>
    <message>
        <source>This issue has no section yet: insert one first (Issue ▸ Insert Section).</source>
        <translation>Ce numéro n’a encore aucune rubrique&#xa0;: insérez-en d’abord une (Numéro ▸ Insérer une rubrique).</translation>
    </message>
    <message>
        <source>Add Links to the Issue</source>
        <translation>Ajouter les liens au numéro</translation>
    </message>
    <message numerus="yes">
        <source>Section for the %n item(s):</source>
        <translation>
            <numerusform>Rubrique pour l’élément (%n)&#xa0;:</numerusform>
            <numerusform>Rubrique pour les %n éléments&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) were in this issue already and were left out.</source>
        <translation>
            <numerusform>%n lien figurait déjà dans ce numéro et a été omis.</numerusform>
            <numerusform>%n liens figuraient déjà dans ce numéro et ont été omis.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::gui::LineDiff</name>
    <message>
        <source>No differences: this revision is the current text.</source>
        <translation>Aucune différence&#xa0;: cette version est le texte actuel.</translation>
    </message>
</context>
<context>
    <name>galley::gui::LinkHistoryPopup</name>
    <message>
        <source>%1 was never featured.</source>
        <translation>%1 n’a jamais été présenté.</translation>
    </message>
    <message>
        <source>Never featured in any issue.</source>
        <translation>Présenté dans aucun numéro.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was featured in %n issue(s):</source>
        <translation>
            <numerusform>%1 a été présenté dans %n numéro&#xa0;:</numerusform>
            <numerusform>%1 a été présenté dans %n numéros&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>sponsor link</source>
        <translation>lien sponsor</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>pas encore envoyé</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1, dans %2</translation>
    </message>
</context>
<context>
    <name>galley::gui::MainWindow</name>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Galley</source>
        <translation>Galley</translation>
    </message>
    <message>
        <source>bold text</source>
        <translation>texte en gras</translation>
    </message>
    <message>
        <source>italic text</source>
        <translation>texte en italique</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>About Galley</source>
        <translation>À propos de Galley</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Galley&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;An editor for curated weekly newsletters: Markdown on the left, the email on the right.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Galley&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Un éditeur de newsletters de veille hebdomadaires&#xa0;: le Markdown à gauche, l’e-mail à droite.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened: %2</source>
        <translation>La base %1 ne peut pas être ouverte&#xa0;: %2</translation>
    </message>
    <message>
        <source>The revision was restored. The text before it is kept in History.</source>
        <translation>La version a été restaurée. Le texte précédent est conservé dans l’historique.</translation>
    </message>
    <message>
        <source>This draft was also changed elsewhere (another window or program). Both versions are kept: yours is in the editor, the other one is in History.</source>
        <translation>Ce brouillon a aussi été modifié ailleurs (une autre fenêtre ou un autre programme). Les deux versions sont conservées&#xa0;: la vôtre est dans l’éditeur, l’autre dans l’historique.</translation>
    </message>
    <message>
        <source>Show History</source>
        <translation>Afficher l’historique</translation>
    </message>
    <message>
        <source>Welcome! This sample issue shows how Galley works.</source>
        <translation>Bienvenue&#xa0;! Ce numéro d’exemple montre comment fonctionne Galley.</translation>
    </message>
    <message>
        <source>Saving works again; everything is saved.</source>
        <translation>L’enregistrement fonctionne de nouveau&#xa0;; tout est enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>Your changes cannot be saved: %1 Your text stays here and Galley tries again every %n seconds.</source>
        <translation>
            <numerusform>Vos modifications ne peuvent pas être enregistrées&#xa0;: %1 Votre texte reste ici et Galley réessaie à intervalles de %n seconde.</numerusform>
            <numerusform>Vos modifications ne peuvent pas être enregistrées&#xa0;: %1 Votre texte reste ici et Galley réessaie toutes les %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min de lecture</numerusform>
            <numerusform>%n min de lecture</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes Not Saved</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Galley cannot save this draft: %1

Quit anyway and lose the unsaved changes?</source>
        <translation>Galley ne peut pas enregistrer ce brouillon&#xa0;: %1

Quitter quand même et perdre les modifications non enregistrées&#xa0;?</translation>
    </message>
    <message>
        <source>This draft cannot be saved right now, so Galley stays on it until saving works again.</source>
        <translation>Ce brouillon ne peut pas être enregistré pour l’instant&#xa0;; Galley y reste donc jusqu’à ce que l’enregistrement fonctionne de nouveau.</translation>
    </message>
    <message>
        <source>New issue</source>
        <translation>Nouveau numéro</translation>
    </message>
    <message>
        <source>A few words to open the issue.</source>
        <translation>Quelques mots pour ouvrir le numéro.</translation>
    </message>
    <message>
        <source>Moved to the trash. Restore it from View ▸ Trash in the drafts panel.</source>
        <translation>Mis à la corbeille. Restaurez-le depuis Affichage ▸ Corbeille dans le panneau des brouillons.</translation>
    </message>
    <message>
        <source>Open or Import an Issue</source>
        <translation>Ouvrir ou importer un numéro</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown *.txt)</source>
        <translation>Markdown (*.md *.markdown *.txt)</translation>
    </message>
    <message>
        <source>Galley could not open this: %1</source>
        <translation>Galley n’a pas pu ouvrir ceci&#xa0;: %1</translation>
    </message>
    <message>
        <source>Empty Trash?</source>
        <translation>Vider la corbeille&#xa0;?</translation>
    </message>
    <message>
        <source>Delete every issue in the trash for good, with its history? This cannot be undone.</source>
        <translation>Supprimer définitivement tous les numéros de la corbeille, avec leur historique&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Empty Trash</source>
        <translation>&amp;Vider la corbeille</translation>
    </message>
    <message>
        <source>The revision was not restored: the draft cannot be saved right now. Try again once it is saved.</source>
        <translation>La révision n’a pas été restaurée : le brouillon ne peut pas être enregistré pour l’instant. Réessayez une fois qu’il est enregistré.</translation>
    </message>
    <message>
        <source>This draft was changed in another window or program; it now shows that text.</source>
        <translation>Ce brouillon a été modifié dans une autre fenêtre ou un autre programme ; il affiche maintenant ce texte.</translation>
    </message>
</context>
<context>
    <name>galley::gui::MarkdownEditor</name>
    <message>
        <source>link text</source>
        <translation>texte du lien</translation>
    </message>
</context>
<context>
    <name>galley::gui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>galley::gui::OfflineStatus</name>
    <message numerus="yes">
        <source>⚠ Offline: %n change(s) waiting</source>
        <translation>
            <numerusform>⚠ Hors ligne : %n modification en attente</numerusform>
            <numerusform>⚠ Hors ligne : %n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>The PostgreSQL server cannot be reached. What you type is kept on this computer and saved as soon as the connection is back; Galley keeps trying.</source>
        <translation>Le serveur PostgreSQL est injoignable. Ce que vous tapez est conservé sur cet ordinateur et enregistré dès le retour de la connexion ; Galley continue d’essayer.</translation>
    </message>
    <message numerus="yes">
        <source>Online again: %n change(s) kept while offline saved</source>
        <translation>
            <numerusform>De nouveau en ligne : %n modification conservée hors ligne enregistrée</numerusform>
            <numerusform>De nouveau en ligne : %n modifications conservées hors ligne enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Online again</source>
        <translation>De nouveau en ligne</translation>
    </message>
    <message numerus="yes">
        <source>%n of them went over a text changed elsewhere meanwhile; both are kept in History.</source>
        <translation>
            <numerusform>%n d’entre elles remplaçait un texte modifié ailleurs entre-temps ; les deux sont conservés dans l’historique.</numerusform>
            <numerusform>%n d’entre elles remplaçaient un texte modifié ailleurs entre-temps ; les deux sont conservés dans l’historique.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::gui::PreferencesDialog</name>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>{name} becomes the sponsor&apos;s name.</source>
        <translation>{name} est remplacé par le nom du sponsor.</translation>
    </message>
    <message>
        <source>{number}, {date} (2025-01-26), {date_long} (26th January 2025) and {newsletter} are filled in for each issue.</source>
        <translation>{number}, {date} (2025-01-26), {date_long} (26th January 2025) et {newsletter} sont remplis pour chaque numéro.</translation>
    </message>
    <message>
        <source>Custom tags</source>
        <translation>Balises personnalisées</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Nobody set this yet; this is what the latest issues suggest. Accept keeps it, editing replaces it.</source>
        <translation>Personne ne l’a encore défini&#xa0;; c’est ce que suggèrent les derniers numéros. «&#xa0;Accepter&#xa0;» le garde, le modifier le remplace.</translation>
    </message>
    <message>
        <source>Reading the settings and the archive…</source>
        <translation>Lecture des réglages et des archives…</translation>
    </message>
    <message>
        <source>Could not read the settings: %1</source>
        <translation>Impossible de lire les réglages&#xa0;: %1</translation>
    </message>
    <message>
        <source>Underlined (====)</source>
        <translation>Soulignés (====)</translation>
    </message>
    <message>
        <source>## Level 2</source>
        <translation>## Niveau 2</translation>
    </message>
    <message>
        <source>Next issue: %1</source>
        <translation>Prochain numéro&#xa0;: %1</translation>
    </message>
    <message>
        <source>The title pattern is empty. Write one, e.g. &quot;OPS WEEKLY ISSUE #{number} - {date_long}&quot;.</source>
        <translation>Le modèle de titre est vide. Écrivez-en un, par exemple «&#xa0;OPS WEEKLY ISSUE #{number} - {date_long}&#xa0;».</translation>
    </message>
    <message>
        <source>A section has no name. Name it or remove it.</source>
        <translation>Une rubrique n’a pas de nom. Nommez-la ou supprimez-la.</translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; is in the list twice. Remove one of them.</source>
        <translation>La rubrique «&#xa0;%1&#xa0;» figure deux fois dans la liste. Supprimez l’une des deux.</translation>
    </message>
    <message>
        <source>item template</source>
        <translation>modèle d’entrée</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>d’expéditeur</translation>
    </message>
    <message>
        <source>reply-to</source>
        <translation>de réponse</translation>
    </message>
    <message>
        <source>To</source>
        <translation>de destinataire (To)</translation>
    </message>
    <message>
        <source>The %1 address &quot;%2&quot; is not an email address. Write it as editor@example.com or Name &lt;editor@example.com&gt;.</source>
        <translation>L’adresse %1 «&#xa0;%2&#xa0;» n’est pas une adresse e-mail. Écrivez-la sous la forme redaction@example.com ou Nom &lt;redaction@example.com&gt;.</translation>
    </message>
    <message>
        <source>Custom merge tags need an unsubscribe tag: every newsletter email must let people unsubscribe.</source>
        <translation>Les balises de fusion personnalisées exigent une balise de désinscription&#xa0;: chaque e-mail de newsletter doit permettre de se désinscrire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language tag. Use one like en, de or pt-BR.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de langue. Utilisez-en un comme en, de ou pt-BR.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a merge tag (such as *|UNSUB|*, {{ UnsubscribeURL }}, [unsubscribe] or %unsubscribe%) nor an https or mailto link, so it cannot be a footer link.</source>
        <translation>« %1 » n’est ni une balise de fusion (comme *|UNSUB|*, {{ UnsubscribeURL }}, [unsubscribe] ou %unsubscribe%) ni un lien https ou mailto ; ce ne peut donc pas être un lien du pied de page.</translation>
    </message>
    <message>
        <source>{{number}}, {{date}}, {{newsletter}} and {{title}} are filled in for each issue.</source>
        <translation>{{number}}, {{date}}, {{newsletter}} et {{title}} sont remplis pour chaque numéro.</translation>
    </message>
    <message>
        <source>Links to these domains and their subdomains are never tagged. Separate them with commas.</source>
        <translation>Les liens vers ces domaines et leurs sous-domaines ne sont jamais marqués. Séparez-les par des virgules.</translation>
    </message>
    <message>
        <source>UTM parameter</source>
        <translation>paramètre UTM</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain. Write domains like example.com, separated by commas.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un domaine. Écrivez des domaines comme example.com, séparés par des virgules.</translation>
    </message>
    <message>
        <source>Sen&amp;ding</source>
        <translation>En&amp;voi</translation>
    </message>
    <message>
        <source>S&amp;pelling</source>
        <translation>Ort&amp;hographe</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>Site &amp;web</translation>
    </message>
    <message>
        <source>St&amp;ore</source>
        <translation>&amp;Base</translation>
    </message>
</context>
<context>
    <name>galley::gui::PresenceLabel</name>
    <message>
        <source>Also open by: %1</source>
        <translation>Également ouvert par : %1</translation>
    </message>
    <message>
        <source>Editors on the team store who have this draft open too.</source>
        <translation>Les rédacteurs de la base partagée qui ont aussi ce brouillon ouvert.</translation>
    </message>
</context>
<context>
    <name>galley::gui::PreviewModeBar</name>
    <message>
        <source>Preview Mode</source>
        <translation>Mode d’aperçu</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Phone 375 px</source>
        <translation>Téléphone 375 px</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Plain Text</source>
        <translation>Texte brut</translation>
    </message>
</context>
<context>
    <name>galley::gui::PublishDialog</name>
    <message>
        <source>Publish Archive</source>
        <translation>Publier les archives</translation>
    </message>
    <message>
        <source>Every sent issue as a static website with an Atom feed. Only pages that changed are written; it works from the folder and from any web server.</source>
        <translation>Chaque numéro envoyé comme site statique avec un flux Atom. Seules les pages modifiées sont écrites ; il fonctionne depuis le dossier et sur tout serveur web.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Publish into a folder that holds other files</source>
        <translation>Publier dans un dossier qui contient d&apos;autres fichiers</translation>
    </message>
    <message>
        <source>The email&apos;s &quot;View online&quot; link opens the issue&apos;s page here</source>
        <translation>Le lien « Voir en ligne » de l&apos;e-mail ouvre la page du numéro ici</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base :</translation>
    </message>
    <message>
        <source>Site &amp;title:</source>
        <translation>&amp;Titre du site :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Issues per &amp;page:</source>
        <translation>Numéros par &amp;page :</translation>
    </message>
    <message>
        <source>Page &amp;address:</source>
        <translation>&amp;Adresse des pages :</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>Publish Into</source>
        <translation>Publier dans</translation>
    </message>
    <message>
        <source>Choose the folder to publish into.</source>
        <translation>Choisissez le dossier où publier.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publication…</translation>
    </message>
    <message>
        <source>Rendering issues: %1 of %2</source>
        <translation>Rendu des numéros : %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Published %n issue(s): </source>
        <translation>
            <numerusform>%n numéro publié : </numerusform>
            <numerusform>%n numéros publiés : </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written, </source>
        <translation>
            <numerusform>%n fichier écrit, </numerusform>
            <numerusform>%n fichiers écrits, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed.</source>
        <translation>
            <numerusform>%n supprimé.</numerusform>
            <numerusform>%n supprimés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::gui::RemoteImageNotice</name>
    <message>
        <source>Show images</source>
        <translation>Afficher les images</translation>
    </message>
    <message numerus="yes">
        <source>Remote images are blocked (%n)</source>
        <translation>
            <numerusform>Images distantes bloquées (%n)</numerusform>
            <numerusform>Images distantes bloquées (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::gui::RenderingNotice</name>
    <message>
        <source>Rendering a large issue…</source>
        <translation>Rendu d’un numéro volumineux…</translation>
    </message>
    <message>
        <source>The preview shows the text as it was when this render began. Typing and saving go on meanwhile.</source>
        <translation>L’aperçu montre le texte tel qu’il était au début de ce rendu. La saisie et l’enregistrement continuent pendant ce temps.</translation>
    </message>
</context>
<context>
    <name>galley::gui::SaveIndicator</name>
    <message>
        <source>✓ Saved</source>
        <translation>✓ Enregistré</translation>
    </message>
    <message>
        <source>✓ Saved on this computer</source>
        <translation>✓ Enregistré sur cet ordinateur</translation>
    </message>
    <message>
        <source>The store&apos;s server cannot be reached: your text is kept on this computer and written to the store as soon as the connection is back.</source>
        <translation>Le serveur de la base est injoignable&#xa0;: votre texte est gardé sur cet ordinateur et sera écrit dans la base dès le retour de la connexion.</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>⚠ Not saved</source>
        <translation>⚠ Non enregistré</translation>
    </message>
</context>
<context>
    <name>galley::gui::SelfTest</name>
    <message>
        <source>galley: self-test failed: no temporary folder for its store (%1).</source>
        <translation>galley&#xa0;: échec de l’autotest&#xa0;: pas de dossier temporaire pour sa base (%1).</translation>
    </message>
    <message>
        <source>the store did not open within %1 seconds</source>
        <translation>la base ne s’est pas ouverte en %1 secondes</translation>
    </message>
    <message>
        <source>the preview&apos;s web engine did not start within %1 seconds</source>
        <translation>le moteur web de l’aperçu n’a pas démarré en %1 secondes</translation>
    </message>
    <message>
        <source>the preview did not render the draft within %1 seconds</source>
        <translation>l’aperçu n’a pas affiché le brouillon en %1 secondes</translation>
    </message>
    <message>
        <source>the window could not be drawn</source>
        <translation>la fenêtre n’a pas pu être dessinée</translation>
    </message>
    <message>
        <source>galley: self-test failed: %1</source>
        <translation>galley&#xa0;: échec de l’autotest&#xa0;: %1</translation>
    </message>
    <message>
        <source>the preview does not show the draft “%1”</source>
        <translation>l’aperçu n’affiche pas le brouillon «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the window was not shown within %1 seconds</source>
        <translation>la fenêtre ne s’est pas affichée en %1 secondes</translation>
    </message>
    <message>
        <source>galley: self-test passed: window shown at %1 ms, preview rendered at %2 ms, checked at %3 ms; the store %4 is open and the preview shows the draft “%5”.</source>
        <translation>galley&#xa0;: autotest réussi&#xa0;: fenêtre affichée à %1 ms, aperçu rendu à %2 ms, vérifié à %3 ms&#xa0;; la base %4 est ouverte et l’aperçu affiche le brouillon «&#xa0;%5&#xa0;».</translation>
    </message>
    <message>
        <source>galley: self-test failed: the store %1 could not be copied to a temporary folder (%2).</source>
        <translation>galley&#xa0;: échec de l’autotest&#xa0;: le magasin %1 n’a pas pu être copié dans un dossier temporaire (%2).</translation>
    </message>
    <message>
        <source>the store did not open: %1 (%2)</source>
        <translation>le magasin ne s’est pas ouvert&#xa0;: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>galley::gui::SendingPage</name>
    <message>
        <source>Put &quot;[TEST]&quot; before the subject</source>
        <translation>Mettre « [TEST] » devant l’objet</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>Usual port</source>
        <translation>Port habituel</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>None (this computer only)</source>
        <translation>Aucune (cet ordinateur seulement)</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Saved in the desktop&apos;s keyring, never in Galley&apos;s files.</source>
        <translation>Enregistré dans le trousseau du bureau, jamais dans les fichiers de Galley.</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>vous@example.com</translation>
    </message>
    <message>
        <source>Issue ▸ Send Test Email sends the issue, exactly as exported, to these addresses (at most %1) through your SMTP server.</source>
        <translation>Numéro ▸ Envoyer un e-mail de test envoie le numéro, exactement tel qu’exporté, à ces adresses (%1 au plus) par votre serveur SMTP.</translation>
    </message>
    <message>
        <source>SMTP &amp;host:</source>
        <translation>&amp;Hôte SMTP :</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>S&amp;écurité :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Test &amp;recipients:</source>
        <translation>&amp;Destinataires de test :</translation>
    </message>
</context>
<context>
    <name>galley::gui::SettingsSaver</name>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Rien n’a été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>These settings were changed in another window or by the command line after this dialog opened, and saving would overwrite that. Close the dialog and open it again to see them, then make your changes again.</source>
        <translation>Ces réglages ont été modifiés dans une autre fenêtre ou en ligne de commande après l’ouverture de cette boîte de dialogue, et enregistrer écraserait ces modifications. Fermez la boîte de dialogue et rouvrez-la pour les voir, puis refaites vos modifications.</translation>
    </message>
</context>
<context>
    <name>galley::gui::SingleInstance</name>
    <message>
        <source>galley: Galley is already open on this store; switched to its window.</source>
        <translation>galley&#xa0;: Galley est déjà ouvert sur cette base&#xa0;; passage à sa fenêtre.</translation>
    </message>
    <message>
        <source>galley: opened in the Galley window already open on this store.</source>
        <translation>galley&#xa0;: ouvert dans la fenêtre Galley déjà ouverte sur cette base.</translation>
    </message>
    <message>
        <source>galley: the editor that last used this store did not close cleanly; starting a new one.</source>
        <translation>galley&#xa0;: l’éditeur qui a utilisé cette base en dernier ne s’est pas fermé proprement&#xa0;; démarrage d’un nouvel éditeur.</translation>
    </message>
    <message>
        <source>galley: the editor already open on this store did not answer within %1 seconds; starting a new one.</source>
        <translation>galley&#xa0;: l’éditeur déjà ouvert sur cette base n’a pas répondu dans les %1 secondes&#xa0;; démarrage d’un nouvel éditeur.</translation>
    </message>
    <message>
        <source>galley: the editor open on this store is closing; starting a new one.</source>
        <translation>galley&#xa0;: l’éditeur ouvert sur cette base est en train de se fermer&#xa0;; démarrage d’un nouvel éditeur.</translation>
    </message>
    <message>
        <source>galley: the editor open on this store is another version of Galley and cannot take the files; starting a new window.</source>
        <translation>galley&#xa0;: l’éditeur ouvert sur cette base est une autre version de Galley et ne peut pas prendre les fichiers&#xa0;; ouverture d’une nouvelle fenêtre.</translation>
    </message>
    <message>
        <source>galley: the socket %1 belongs to another user; starting a new editor without it.</source>
        <translation>galley&#xa0;: le socket %1 appartient à un autre utilisateur&#xa0;; démarrage d’un nouvel éditeur sans lui.</translation>
    </message>
    <message>
        <source>galley: cannot reach the editor open on this store (%1); starting a new one.</source>
        <translation>galley&#xa0;: impossible de joindre l’éditeur ouvert sur cette base (%1)&#xa0;; démarrage d’un nouvel éditeur.</translation>
    </message>
    <message>
        <source>galley: files cannot be handed to an editor that is already open (%1); starting a window of its own.</source>
        <translation>galley : impossible de confier les fichiers à un éditeur déjà ouvert (%1) ; ouverture d’une fenêtre à part.</translation>
    </message>
</context>
<context>
    <name>galley::gui::SitePage</name>
    <message>
        <source>The email&apos;s &quot;View online&quot; link opens the issue&apos;s page on the published site</source>
        <translation>Le lien « Voir en ligne » de l&apos;e-mail ouvre la page du numéro sur le site publié</translation>
    </message>
    <message>
        <source>File ▸ Publish Archive… and galley publish make a static website of the sent issues with these settings.</source>
        <translation>Fichier ▸ Publier les archives… et galley publish font avec ces réglages un site web statique des numéros envoyés.</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base :</translation>
    </message>
    <message>
        <source>Site &amp;title:</source>
        <translation>&amp;Titre du site :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Issues per index &amp;page:</source>
        <translation>Numéros par &amp;page d&apos;index :</translation>
    </message>
    <message>
        <source>Page &amp;address:</source>
        <translation>&amp;Adresse des pages :</translation>
    </message>
</context>
<context>
    <name>galley::gui::SiteSettingsFields</name>
    <message>
        <source>The newsletter&apos;s name</source>
        <translation>Le nom de la newsletter</translation>
    </message>
    <message>
        <source>Where an issue&apos;s page goes: {number}, {slug}, {year}, {month}, {day}.</source>
        <translation>Où va la page d&apos;un numéro : {number}, {slug}, {year}, {month}, {day}.</translation>
    </message>
</context>
<context>
    <name>galley::gui::SpellingController</name>
    <message>
        <source>No Suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>Ajouter au dictionnaire</translation>
    </message>
    <message>
        <source>Ignore in This Issue</source>
        <translation>Ignorer dans ce numéro</translation>
    </message>
</context>
<context>
    <name>galley::gui::SpellingPage</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>A word to accept</source>
        <translation>Un mot à accepter</translation>
    </message>
    <message>
        <source>Words you added with Add to Dictionary are spelt right in every issue of this language. Words of at least three sent issues are known without being listed here.</source>
        <translation>Les mots ajoutés avec « Ajouter au dictionnaire » sont corrects dans chaque numéro de cette langue. Les mots d&apos;au moins trois numéros envoyés sont connus sans figurer ici.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) in the personal dictionary (%1).</source>
        <translation>
            <numerusform>%n mot dans le dictionnaire personnel (%1).</numerusform>
            <numerusform>%n mots dans le dictionnaire personnel (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::gui::SponsorImportDialog</name>
    <message>
        <source>Import Sponsors from the Archive</source>
        <translation>Importer les sponsors de l&apos;archive</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>First issue</source>
        <translation>Premier numéro</translation>
    </message>
    <message>
        <source>Last issue</source>
        <translation>Dernier numéro</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>Already in the library.</source>
        <translation>Déjà dans la bibliothèque.</translation>
    </message>
    <message>
        <source>%1 (in the library)</source>
        <translation>%1 (dans la bibliothèque)</translation>
    </message>
    <message numerus="yes">
        <source>%n sponsor(s) found in the archive&apos;s sponsor blocks. The heading, copy and link come from the latest issue that ran each one.</source>
        <translation>
            <numerusform>%n sponsor trouvé dans les blocs de sponsor de l&apos;archive. Le titre, le texte et le lien viennent du dernier numéro où il est paru.</numerusform>
            <numerusform>%n sponsors trouvés dans les blocs de sponsor de l&apos;archive. Le titre, le texte et le lien viennent du dernier numéro où chacun est paru.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sponsor(s) found in the archive&apos;s sponsor blocks; those already in the library are left as they are.</source>
        <translation>
            <numerusform>%n sponsor trouvé dans les blocs de sponsor de l&apos;archive ; ceux déjà dans la bibliothèque restent tels quels.</numerusform>
            <numerusform>%n sponsors trouvés dans les blocs de sponsor de l&apos;archive ; ceux déjà dans la bibliothèque restent tels quels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Sponsor(s)</source>
        <translation>
            <numerusform>&amp;Importer %n sponsor</numerusform>
            <numerusform>&amp;Importer %n sponsors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::gui::SponsorsDialog</name>
    <message>
        <source>{name} becomes the sponsor&apos;s name. Empty: the label from Preferences.</source>
        <translation>{name} est remplacé par le nom du sponsor. Vide&#xa0;: le libellé des préférences.</translation>
    </message>
    <message>
        <source>Top slot</source>
        <translation>Emplacement du haut</translation>
    </message>
    <message>
        <source>Closing slot</source>
        <translation>Emplacement de fin</translation>
    </message>
    <message>
        <source>Reading the sponsors and the archive…</source>
        <translation>Lecture des sponsors et des archives…</translation>
    </message>
    <message>
        <source>Could not read the sponsors: %1</source>
        <translation>Impossible de lire les sponsors&#xa0;: %1</translation>
    </message>
    <message>
        <source>New sponsor</source>
        <translation>Nouveau sponsor</translation>
    </message>
    <message>
        <source>New sponsor %1</source>
        <translation>Nouveau sponsor %1</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) of %1 remain and are flagged on the Bookings page; free those slots or add %1 again.</source>
        <translation>
            <numerusform>%n réservation de %1 subsiste et est signalée dans l’onglet Réservations&#xa0;; libérez cet emplacement ou ajoutez de nouveau %1.</numerusform>
            <numerusform>%n réservations de %1 subsistent et sont signalées dans l’onglet Réservations&#xa0;; libérez ces emplacements ou ajoutez de nouveau %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>%1 (repeats the top)</source>
        <translation>%1 (reprend celui du haut)</translation>
    </message>
    <message>
        <source>No problems with the bookings.</source>
        <translation>Aucun problème de réservation.</translation>
    </message>
    <message>
        <source>Problems with the bookings:</source>
        <translation>Problèmes de réservation&#xa0;:</translation>
    </message>
    <message>
        <source>Select an issue in the list first.</source>
        <translation>Sélectionnez d’abord un numéro dans la liste.</translation>
    </message>
    <message>
        <source>Add the sponsor to the library first.</source>
        <translation>Ajoutez d’abord le sponsor à la bibliothèque.</translation>
    </message>
    <message>
        <source>The closing slot of #%1 has no booking of its own: it repeats the top sponsor. Free the top slot, or book another sponsor for the closing slot.</source>
        <translation>L’emplacement de fin du #%1 n’a pas de réservation propre&#xa0;: il reprend le sponsor du haut. Libérez l’emplacement du haut ou réservez un autre sponsor pour l’emplacement de fin.</translation>
    </message>
    <message>
        <source>A sponsor has no name. Name it or remove it.</source>
        <translation>Un sponsor n’a pas de nom. Nommez-le ou supprimez-le.</translation>
    </message>
    <message>
        <source>There are two sponsors named &quot;%1&quot;. Bookings name their sponsor, so give each a different name.</source>
        <translation>Deux sponsors s’appellent «&#xa0;%1&#xa0;». Les réservations désignent leur sponsor par son nom&#xa0;: donnez-leur des noms différents.</translation>
    </message>
    <message>
        <source>The link of %1 is not a web address (https://…): &quot;%2&quot;.</source>
        <translation>Le lien de %1 n’est pas une adresse web (https://…)&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The logo URL of %1 is not a web address (https://…): &quot;%2&quot;.</source>
        <translation>L’URL du logo de %1 n’est pas une adresse web (https://…)&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is active until a day before it starts. Check the dates.</source>
        <translation>%1 est actif jusqu’à une date antérieure à son début. Vérifiez les dates.</translation>
    </message>
</context>
<context>
    <name>galley::gui::StoreClient</name>
    <message>
        <source>The store is not open.</source>
        <translation>La base n’est pas ouverte.</translation>
    </message>
</context>
<context>
    <name>galley::gui::StorePage</name>
    <message>
        <source>A store file, or a team&apos;s PostgreSQL store: postgresql://user@host:port/database?schema=name</source>
        <translation>Un fichier de base, ou la base PostgreSQL d’une équipe : postgresql://utilisateur@hôte:port/base?schema=nom</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Saved in the desktop&apos;s keyring, never in Galley&apos;s files. Used when ~/.pgpass and PGPASSWORD give none.</source>
        <translation>Enregistré dans le trousseau du bureau, jamais dans les fichiers de Galley. Utilisé quand ~/.pgpass et PGPASSWORD n’en donnent pas.</translation>
    </message>
    <message>
        <source>Galley opens the store named here at its next start; empty: the store in your data folder.</source>
        <translation>Galley ouvre la base indiquée ici à son prochain démarrage ; vide : la base de votre dossier de données.</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement :</translation>
    </message>
    <message>
        <source>PostgreSQL &amp;password:</source>
        <translation>Mot de &amp;passe PostgreSQL :</translation>
    </message>
    <message>
        <source>Your &amp;name for the team:</source>
        <translation>Votre &amp;nom pour l’équipe :</translation>
    </message>
    <message>
        <source>Galley was started with --db %1, which comes before this setting.</source>
        <translation>Galley a été lancé avec --db %1, qui passe avant ce réglage.</translation>
    </message>
    <message>
        <source>The GALLEY_DB environment variable names %1, which comes before this setting.</source>
        <translation>La variable d’environnement GALLEY_DB indique %1, qui passe avant ce réglage.</translation>
    </message>
    <message>
        <source>Kept in the keyring for %1.</source>
        <translation>Gardé dans le trousseau pour %1.</translation>
    </message>
    <message>
        <source>Only a PostgreSQL store asks for a password.</source>
        <translation>Seule une base PostgreSQL demande un mot de passe.</translation>
    </message>
</context>
<context>
    <name>galley::gui::TemplatesDialog</name>
    <message>
        <source>Issue skeleton</source>
        <translation>Squelette du numéro</translation>
    </message>
    <message>
        <source>Sponsor block (top)</source>
        <translation>Bloc sponsor (haut)</translation>
    </message>
    <message>
        <source>Sponsor block (closing repeat)</source>
        <translation>Bloc sponsor (reprise de fin)</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Link line of an item</source>
        <translation>Ligne de lien d’une entrée</translation>
    </message>
    <message>
        <source>The body of a new issue: {{intro}}, {{sponsor_top}}, {{sections}} and {{sponsor_closing}} are the other blocks.</source>
        <translation>Le corps d’un nouveau numéro&#xa0;: {{intro}}, {{sponsor_top}}, {{sections}} et {{sponsor_closing}} sont les autres blocs.</translation>
    </message>
    <message>
        <source>The sponsor block at the top of an issue, with its heading.</source>
        <translation>Le bloc sponsor en haut d’un numéro, avec son titre.</translation>
    </message>
    <message>
        <source>The sponsor&apos;s copy repeated at the end of the last section.</source>
        <translation>Le texte du sponsor repris à la fin de la dernière rubrique.</translation>
    </message>
    <message>
        <source>One section of a new issue; {{items}} is empty there.</source>
        <translation>Une rubrique d’un nouveau numéro&#xa0;; {{items}} y est vide.</translation>
    </message>
    <message>
        <source>One link item, as Add Link writes it: {{commentary}} and {{urls}}.</source>
        <translation>Une entrée de lien, telle que «&#xa0;Ajouter un lien&#xa0;» l’écrit&#xa0;: {{commentary}} et {{urls}}.</translation>
    </message>
    <message>
        <source>One link line of an item, for each URL: {{url}}.</source>
        <translation>Une ligne de lien d’une entrée, pour chaque URL&#xa0;: {{url}}.</translation>
    </message>
    <message>
        <source>Export Template Set</source>
        <translation>Exporter le jeu de modèles</translation>
    </message>
    <message>
        <source>Galley template sets (*.json)</source>
        <translation>Jeux de modèles Galley (*.json)</translation>
    </message>
    <message>
        <source>Import Template Set</source>
        <translation>Importer un jeu de modèles</translation>
    </message>
    <message>
        <source>Galley template sets (*.json);;All files (*)</source>
        <translation>Jeux de modèles Galley (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the templates…</source>
        <translation>Lecture des modèles…</translation>
    </message>
    <message>
        <source>Could not read the templates: %1</source>
        <translation>Impossible de lire les modèles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>No preview until this is fixed:
%1</source>
        <translation>Pas d’aperçu tant que ceci n’est pas corrigé&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Fix the templates before exporting them: %1</source>
        <translation>Corrigez les modèles avant de les exporter&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder or free some space.</source>
        <translation>Impossible d’écrire %1&#xa0;: %2. Choisissez un autre dossier ou libérez de la place.</translation>
    </message>
    <message>
        <source>Exported the template set to %1.</source>
        <translation>Jeu de modèles exporté dans %1.</translation>
    </message>
    <message>
        <source>Could not read %1: %2. Nothing was changed.</source>
        <translation>Impossible de lire %1&#xa0;: %2. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Could not import %1. Nothing was changed.</source>
        <translation>Impossible d’importer %1. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Imported the template set from %1. Save to keep it.</source>
        <translation>Jeu de modèles importé depuis %1. Enregistrez pour le conserver.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Rien n’a été enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>galley::gui::TestSendController</name>
    <message>
        <source>No test email was sent: %1</source>
        <translation>Aucun e-mail de test n’a été envoyé : %1</translation>
    </message>
    <message>
        <source>Send Test Email</source>
        <translation>Envoyer un e-mail de test</translation>
    </message>
    <message>
        <source>Sending the test email to %1 through %2…</source>
        <translation>Envoi de l’e-mail de test à %1 par %2…</translation>
    </message>
    <message>
        <source>The keyring holds no password for %1.</source>
        <translation>Le trousseau ne contient aucun mot de passe pour %1.</translation>
    </message>
    <message>
        <source>No keyring is available (%1).</source>
        <translation>Aucun trousseau n’est disponible (%1).</translation>
    </message>
    <message>
        <source>No test email was sent: no password for %1.</source>
        <translation>Aucun e-mail de test n’a été envoyé : pas de mot de passe pour %1.</translation>
    </message>
    <message>
        <source>Test email &quot;%1&quot; sent to %2 through %3.</source>
        <translation>E-mail de test « %1 » envoyé à %2 par %3.</translation>
    </message>
    <message>
        <source>SMTP Password</source>
        <translation>Mot de passe SMTP</translation>
    </message>
    <message>
        <source>%1
Password for %2 (kept until Galley quits):</source>
        <translation>%1
Mot de passe pour %2 (gardé jusqu’à la fermeture de Galley) :</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Certificat non fiable</translation>
    </message>
    <message>
        <source>%1 presented a certificate that no authority vouches for.</source>
        <translation>%1 a présenté un certificat qu’aucune autorité ne garantit.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:
%1

Trust it only if this is your server&apos;s certificate (compare the fingerprint with the server&apos;s). Galley remembers it for this server.</source>
        <translation>Empreinte SHA-256 :
%1

Ne lui faites confiance que si c’est le certificat de votre serveur (comparez l’empreinte avec celle du serveur). Galley s’en souvient pour ce serveur.</translation>
    </message>
    <message>
        <source>&amp;Trust and Send</source>
        <translation>&amp;Faire confiance et envoyer</translation>
    </message>
</context>
<context>
    <name>galley::gui::TitleFetcher</name>
    <message>
        <source>Only http and https pages are read.</source>
        <translation>Seules les pages http et https sont lues.</translation>
    </message>
    <message>
        <source>The page redirects to %1, which is no web page.</source>
        <translation>La page redirige vers %1, qui n’est pas une page web.</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>Pas de réponse en %n seconde.</numerusform>
            <numerusform>Pas de réponse en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a web page (%1).</source>
        <translation>Pas une page web (%1).</translation>
    </message>
    <message numerus="yes">
        <source>More than %n redirect(s).</source>
        <translation>
            <numerusform>Plus de %n redirection.</numerusform>
            <numerusform>Plus de %n redirections.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Le serveur a répondu %1.</translation>
    </message>
</context>
</TS>
