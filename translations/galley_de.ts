<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AddLinkDialog</name>
    <message>
        <source>Add Link to Section</source>
        <translation>Link zu Rubrik hinzufügen</translation>
    </message>
    <message>
        <source>&amp;URLs:</source>
        <translation>&amp;URLs:</translation>
    </message>
    <message>
        <source>One web address per line; every one becomes a link line of the item.</source>
        <translation>Eine Webadresse pro Zeile; jede wird zu einer Linkzeile des Eintrags.</translation>
    </message>
    <message>
        <source>https://… (one per line)</source>
        <translation>https://… (eine pro Zeile)</translation>
    </message>
    <message>
        <source>&amp;Commentary:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Why this link is worth the reader&apos;s time (Markdown)</source>
        <translation>Warum sich dieser Link für die Leser lohnt (Markdown)</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Issue</source>
        <translation>Ausgabe exportieren</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formate</translation>
    </message>
    <message>
        <source>&amp;Email HTML (.html) – the email as subscribers get it</source>
        <translation>&amp;E-Mail-HTML (.html) – die E-Mail, wie Abonnenten sie erhalten</translation>
    </message>
    <message>
        <source>&amp;Markdown (.md) – the document with its front matter</source>
        <translation>&amp;Markdown (.md) – das Dokument mit seinem Front Matter</translation>
    </message>
    <message>
        <source>&amp;Plain text (.txt) – the email&apos;s text part</source>
        <translation>&amp;Nur-Text (.txt) – der Textteil der E-Mail</translation>
    </message>
    <message>
        <source>Email messa&amp;ge (.eml) – open it in a mail client to send yourself a test copy</source>
        <translation>E-Mail-&amp;Nachricht (.eml) – im Mailprogramm öffnen, um sich eine Testkopie zu schicken</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Datei&amp;name:</translation>
    </message>
    <message>
        <source>Without a suffix: each format adds its own (.html, .md, .txt, .eml).</source>
        <translation>Ohne Endung: Jedes Format hängt seine eigene an (.html, .md, .txt, .eml).</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Newsletter</source>
        <translation>&amp;Newsletter</translation>
    </message>
    <message>
        <source>Settings you have not set are inferred from the archive and marked so. Accept them to keep them, or edit them.</source>
        <translation>Einstellungen, die Sie nicht selbst festgelegt haben, werden aus dem Archiv abgeleitet und so gekennzeichnet. Übernehmen Sie sie oder ändern Sie sie.</translation>
    </message>
    <message>
        <source>Newsletter &amp;name:</source>
        <translation>&amp;Name des Newsletters:</translation>
    </message>
    <message>
        <source>inferred from the archive</source>
        <translation>aus dem Archiv abgeleitet</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>&amp;Title pattern:</source>
        <translation>&amp;Titelmuster:</translation>
    </message>
    <message>
        <source>Published on:</source>
        <translation>Erscheint am:</translation>
    </message>
    <message>
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>&amp;Cadence:</source>
        <translation>&amp;Rhythmus:</translation>
    </message>
    <message>
        <source>&amp;Sponsor slot label:</source>
        <translation>&amp;Bezeichnung des Sponsorplatzes:</translation>
    </message>
    <message>
        <source>&amp;Footer text:</source>
        <translation>&amp;Fußzeilentext:</translation>
    </message>
    <message>
        <source>S&amp;ections</source>
        <translation>Ru&amp;briken</translation>
    </message>
    <message>
        <source>A new issue gets these sections, in this order.</source>
        <translation>Eine neue Ausgabe erhält diese Rubriken in dieser Reihenfolge.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Heading style</source>
        <translation>Überschriftenstil</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Item Format</source>
        <translation>&amp;Eintragsformat</translation>
    </message>
    <message>
        <source>How Add Link writes an item: {{commentary}} and {{urls}} (one link line per URL, from the link line template).</source>
        <translation>So schreibt „Link hinzufügen“ einen Eintrag: {{commentary}} und {{urls}} (eine Linkzeile pro URL, nach der Vorlage für Linkzeilen).</translation>
    </message>
    <message>
        <source>Edit All &amp;Templates…</source>
        <translation>Alle &amp;Vorlagen bearbeiten…</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E-&amp;Mail</translation>
    </message>
    <message>
        <source>S&amp;ender:</source>
        <translation>&amp;Absender:</translation>
    </message>
    <message>
        <source>Ops Weekly &lt;editor@example.com&gt;</source>
        <translation>Ops Weekly &lt;redaktion@example.com&gt;</translation>
    </message>
    <message>
        <source>&amp;Reply-to:</source>
        <translation>A&amp;ntwort an:</translation>
    </message>
    <message>
        <source>&amp;To (for .eml files):</source>
        <translation>A&amp;n (für .eml-Dateien):</translation>
    </message>
    <message>
        <source>subscribers@example.com</source>
        <translation>abonnenten@example.com</translation>
    </message>
    <message>
        <source>&amp;Merge tags for:</source>
        <translation>&amp;Merge-Tags für:</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe tag:</source>
        <translation>Tag zum &amp;Abbestellen:</translation>
    </message>
    <message>
        <source>&amp;View-online tag:</source>
        <translation>Tag für die &amp;Webansicht:</translation>
    </message>
    <message>
        <source>Newsletter &amp;language:</source>
        <translation>&amp;Sprache des Newsletters:</translation>
    </message>
    <message>
        <source>en</source>
        <translation>en</translation>
    </message>
    <message>
        <source>&amp;Interface</source>
        <translation>&amp;Oberfläche</translation>
    </message>
    <message>
        <source>&amp;Language of Galley:</source>
        <translation>&amp;Sprache von Galley:</translation>
    </message>
    <message>
        <source>Takes effect the next time Galley starts.</source>
        <translation>Wirkt beim nächsten Start von Galley.</translation>
    </message>
    <message>
        <source>New section name</source>
        <translation>Name der neuen Rubrik</translation>
    </message>
    <message>
        <source>T&amp;ag links with UTM parameters for analytics</source>
        <translation>Links für Statistiken mit UTM-Parametern &amp;versehen</translation>
    </message>
    <message>
        <source>Adds utm_source, utm_medium and utm_campaign to the http(s) links of the email (preview, export, copy); the issue&apos;s Markdown and the archive keep the clean links.</source>
        <translation>Fügt den http(s)-Links der E-Mail utm_source, utm_medium und utm_campaign hinzu (Vorschau, Export, Kopieren); das Markdown der Ausgabe und das Archiv behalten die sauberen Links.</translation>
    </message>
    <message>
        <source>utm_s&amp;ource:</source>
        <translation>utm_s&amp;ource:</translation>
    </message>
    <message>
        <source>utm_me&amp;dium:</source>
        <translation>utm_me&amp;dium:</translation>
    </message>
    <message>
        <source>utm_&amp;campaign:</source>
        <translation>utm_&amp;campaign:</translation>
    </message>
    <message>
        <source>&amp;Never tag:</source>
        <translation>&amp;Nie markieren:</translation>
    </message>
    <message>
        <source>&amp;Spelling language:</source>
        <translation>&amp;Rechtschreibsprache:</translation>
    </message>
    <message>
        <source>The dictionary the editor, the Check panel and galley spell use, such as en-GB or de. Empty: the newsletter&apos;s language. An issue&apos;s front matter can name its own (lang: fr).</source>
        <translation>Das Wörterbuch, das der Editor, die Prüfleiste und galley spell verwenden, etwa en-GB oder de. Leer: die Sprache des Newsletters. Die Front Matter einer Ausgabe kann ihre eigene nennen (lang: fr).</translation>
    </message>
</context>
<context>
    <name>SponsorsDialog</name>
    <message>
        <source>Sponsors and Bookings</source>
        <translation>Sponsoren und Buchungen</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation>Ü&amp;berschrift:</translation>
    </message>
    <message>
        <source>&amp;Copy (Markdown):</source>
        <translation>&amp;Werbetext (Markdown):</translation>
    </message>
    <message>
        <source>Lin&amp;k:</source>
        <translation>Lin&amp;k:</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>L&amp;ogo URL:</source>
        <translation>L&amp;ogo-URL:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tizen:</translation>
    </message>
    <message>
        <source>Active:</source>
        <translation>Aktiv:</translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation>&amp;vom</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>&amp;Bookings</source>
        <translation>&amp;Buchungen</translation>
    </message>
    <message>
        <source>Coming issues to show:</source>
        <translation>Anzuzeigende kommende Ausgaben:</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Top slot</source>
        <translation>Platz oben</translation>
    </message>
    <message>
        <source>Closing slot</source>
        <translation>Platz am Schluss</translation>
    </message>
    <message>
        <source>For the selected issue:</source>
        <translation>Für die gewählte Ausgabe:</translation>
    </message>
    <message>
        <source>B&amp;ook</source>
        <translation>B&amp;uchen</translation>
    </message>
    <message>
        <source>&amp;Free Slot</source>
        <translation>Platz &amp;freigeben</translation>
    </message>
    <message>
        <source>Problems with the bookings:</source>
        <translation>Probleme mit den Buchungen:</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>&amp;Templates:</source>
        <translation>&amp;Vorlagen:</translation>
    </message>
    <message>
        <source>&amp;Placeholders (double-click to insert):</source>
        <translation>&amp;Platzhalter (Doppelklick fügt ein):</translation>
    </message>
    <message>
        <source>&amp;Reset to Default</source>
        <translation>Auf &amp;Standard zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Import Set…</source>
        <translation>Satz &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport Set…</source>
        <translation>Satz e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Preview with sample values:</source>
        <translation>Vorschau mit Beispielwerten:</translation>
    </message>
</context>
<context>
    <name>galley::AddLink</name>
    <message>
        <source>Give at least one URL to add.</source>
        <translation>Geben Sie mindestens eine URL an.</translation>
    </message>
    <message>
        <source>%1 is already in this issue, on line %2.</source>
        <translation>%1 steht schon in dieser Ausgabe, in Zeile %2.</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>There is no section &quot;%1&quot; in this issue (it has: %2).</source>
        <translation>Diese Ausgabe hat keine Rubrik „%1“ (vorhanden: %2).</translation>
    </message>
</context>
<context>
    <name>galley::ArchiveImporter</name>
    <message>
        <source>No such file or folder.</source>
        <translation>Datei oder Ordner nicht gefunden.</translation>
    </message>
    <message>
        <source>reading this file took %1 s; Markdown like it (for example many unclosed brackets) is slow to parse, and so will be its preview.</source>
        <translation>das Lesen dieser Datei dauerte %1 s; solches Markdown (etwa viele offene Klammern) wird langsam verarbeitet, und ebenso langsam wird seine Vorschau sein.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>die Datei ist leer.</translation>
    </message>
    <message>
        <source>not an issue: it has no front matter with a date or an issue number. Name the file itself to import it anyway.</source>
        <translation>keine Ausgabe: Sie hat kein Front Matter mit einem Datum oder einer Ausgabennummer. Nennen Sie die Datei selbst, um sie trotzdem zu importieren.</translation>
    </message>
</context>
<context>
    <name>galley::AtomicFile</name>
    <message>
        <source>only %1 of %2 bytes could be written; is the disk full?</source>
        <translation>nur %1 von %2 Bytes konnten geschrieben werden; ist der Datenträger voll?</translation>
    </message>
    <message>
        <source>Cannot write here: %1.</source>
        <translation>Hier kann nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>Writing failed (%1).</source>
        <translation>Schreiben fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>This is a folder; give a file name to write to.</source>
        <translation>Das ist ein Ordner; geben Sie einen Dateinamen zum Schreiben an.</translation>
    </message>
    <message>
        <source>Writing failed (%1); the old file, if any, is unchanged.</source>
        <translation>Schreiben fehlgeschlagen (%1); eine vorhandene Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>This is a symbolic link that another user made in a shared folder; Galley does not write through it. Remove it or choose another file name.</source>
        <translation>Dies ist ein symbolischer Link, den ein anderer Benutzer in einem gemeinsamen Ordner angelegt hat; Galley schreibt nicht durch ihn hindurch. Entfernen Sie ihn oder wählen Sie einen anderen Dateinamen.</translation>
    </message>
</context>
<context>
    <name>galley::EditorLauncher</name>
    <message>
        <source>galley: this build has no editor window (built without GUI); see &apos;galley --help&apos;</source>
        <translation>galley: dieser Build hat kein Editorfenster (ohne GUI gebaut); siehe &apos;galley --help&apos;</translation>
    </message>
    <message>
        <source>galley: the editor window is not installed; looked for:%1
Reinstall Galley, or use a command without the window (see &apos;galley --help&apos;).</source>
        <translation>galley: das Editorfenster ist nicht installiert; gesucht wurde:%1
Installieren Sie Galley neu, oder verwenden Sie einen Befehl ohne Fenster (siehe &apos;galley --help&apos;).</translation>
    </message>
    <message>
        <source>galley: cannot start the editor window %1</source>
        <translation>galley: das Editorfenster kann nicht gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>galley::EmailSettings</name>
    <message>
        <source>No sender is set: the .eml is sent from %1. Set the sender in Preferences (Email) before sending it.</source>
        <translation>Kein Absender eingestellt: Die .eml wird von %1 gesendet. Stellen Sie den Absender vor dem Versand in den Einstellungen (E-Mail) ein.</translation>
    </message>
</context>
<context>
    <name>galley::EmlMessage</name>
    <message>
        <source>Galley&apos;s .eml writer cannot be loaded: %1. Reinstall Galley.</source>
        <translation>Das .eml-Modul von Galley lässt sich nicht laden: %1. Installieren Sie Galley neu.</translation>
    </message>
    <message>
        <source>The %1 address &apos;%2&apos; is not a valid email address; write it as name@example.com or Name &lt;name@example.com&gt;.</source>
        <translation>Die Adresse für %1, „%2“, ist keine gültige E-Mail-Adresse; schreiben Sie sie als name@example.com oder Name &lt;name@example.com&gt;.</translation>
    </message>
    <message>
        <source>sender (From)</source>
        <translation>den Absender (From)</translation>
    </message>
    <message>
        <source>recipient (To)</source>
        <translation>den Empfänger (To)</translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation>Antwort-an (Reply-To)</translation>
    </message>
    <message>
        <source>The %1 holds a line break or control character, which would add lines to the message&apos;s header; write it on one line in %2.</source>
        <translation>Das Feld %1 enthält einen Zeilenumbruch oder ein Steuerzeichen, das dem Kopf der Nachricht Zeilen hinzufügen würde; schreiben Sie es in %2 in eine Zeile.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>the issue&apos;s title or subject</source>
        <translation>Titel oder Betreff der Ausgabe</translation>
    </message>
</context>
<context>
    <name>galley::ExportFiles</name>
    <message>
        <source>The email message cannot be built: %1 Check the addresses in Preferences.</source>
        <translation>Die E-Mail-Nachricht kann nicht erstellt werden: %1 Prüfen Sie die Adressen in den Einstellungen.</translation>
    </message>
</context>
<context>
    <name>galley::FrontMatter</name>
    <message>
        <source>The front matter is not valid YAML (%1). Check quotes and colons on this line; a title with &apos; #&apos; needs quotes or &apos;\#&apos;.</source>
        <translation>Das Front Matter ist kein gültiges YAML (%1). Prüfen Sie Anführungszeichen und Doppelpunkte in dieser Zeile; ein Titel mit „ #“ braucht Anführungszeichen oder „\#“.</translation>
    </message>
    <message>
        <source>The front matter must be a list of &apos;key: value&apos; lines.</source>
        <translation>Das Front Matter muss aus Zeilen der Form „Schlüssel: Wert“ bestehen.</translation>
    </message>
    <message>
        <source>The value of &apos;%1&apos; opens a quote that is never closed. Add the closing quote (YAML) at the end of the value.</source>
        <translation>Der Wert von „%1“ öffnet ein Anführungszeichen, das nie geschlossen wird. Setzen Sie das schließende Anführungszeichen (YAML) ans Ende des Werts.</translation>
    </message>
</context>
<context>
    <name>galley::Inbox</name>
    <message>
        <source>This XML file is no RSS or Atom feed (it starts with &lt;%1&gt;).</source>
        <translation>Diese XML-Datei ist kein RSS- oder Atom-Feed (sie beginnt mit &lt;%1&gt;).</translation>
    </message>
    <message>
        <source>The feed cannot be read: %1.</source>
        <translation>Der Feed kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>This file holds no feed.</source>
        <translation>Diese Datei enthält keinen Feed.</translation>
    </message>
    <message>
        <source>This file is neither an RSS or Atom feed nor a bookmarks file exported from a browser (HTML).</source>
        <translation>Diese Datei ist weder ein RSS- oder Atom-Feed noch eine aus einem Browser exportierte Lesezeichendatei (HTML).</translation>
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
        <translation>Das hier beginnende Front Matter wird nie geschlossen: Fügen Sie nach der letzten Zeile „Schlüssel: Wert“ eine Zeile „---“ ein.</translation>
    </message>
    <message>
        <source>The date &apos;%1&apos; is not an ISO 8601 date; write it like 2025-01-26 or 2025-01-26T09:00:00+00:00.</source>
        <translation>Das Datum „%1“ ist kein ISO-8601-Datum; schreiben Sie es wie 2025-01-26 oder 2025-01-26T09:00:00+00:00.</translation>
    </message>
    <message>
        <source>The issue number must be a whole number, like &apos;issue: 104&apos;.</source>
        <translation>Die Nummer der Ausgabe muss eine ganze Zahl sein, etwa „issue: 104“.</translation>
    </message>
    <message>
        <source>No such file. Check the path.</source>
        <translation>Datei nicht gefunden. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>This is a folder, not an issue file.</source>
        <translation>Das ist ein Ordner, keine Ausgabendatei.</translation>
    </message>
    <message>
        <source>The file is %1 MB; issues larger than %2 MB are not opened.</source>
        <translation>Die Datei ist %1 MB groß; Ausgaben über %2 MB werden nicht geöffnet.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Die Datei kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>Reading the file failed: %1.</source>
        <translation>Lesen der Datei fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>This is not a regular file (it is a device, a pipe or a socket); only issue files can be opened.</source>
        <translation>Dies ist keine gewöhnliche Datei (sondern ein Gerät, eine Pipe oder ein Socket); nur Ausgabedateien können geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>galley::LinkCheck</name>
    <message>
        <source>answers (HTTP %1)</source>
        <translation>antwortet (HTTP %1)</translation>
    </message>
    <message>
        <source>redirects to %1</source>
        <translation>leitet weiter auf %1</translation>
    </message>
    <message>
        <source>has moved permanently to %1</source>
        <translation>ist dauerhaft umgezogen nach %1</translation>
    </message>
    <message>
        <source>is not found (HTTP 404)</source>
        <translation>wird nicht gefunden (HTTP 404)</translation>
    </message>
    <message>
        <source>is gone for good (HTTP 410)</source>
        <translation>ist endgültig entfernt (HTTP 410)</translation>
    </message>
    <message>
        <source>refuses more requests (HTTP 429), also after waiting as asked</source>
        <translation>lehnt weitere Anfragen ab (HTTP 429), auch nach der verlangten Wartezeit</translation>
    </message>
    <message>
        <source>fails on the server (HTTP %1)</source>
        <translation>scheitert auf dem Server (HTTP %1)</translation>
    </message>
    <message>
        <source>is refused (HTTP %1)</source>
        <translation>wird abgewiesen (HTTP %1)</translation>
    </message>
    <message>
        <source>names a host that does not exist (DNS lookup failed)</source>
        <translation>nennt einen Host, den es nicht gibt (DNS-Abfrage gescheitert)</translation>
    </message>
    <message>
        <source>has a certificate that cannot be trusted (TLS error: %1)</source>
        <translation>hat ein Zertifikat, dem nicht zu trauen ist (TLS-Fehler: %1)</translation>
    </message>
    <message>
        <source>refuses the connection</source>
        <translation>verweigert die Verbindung</translation>
    </message>
    <message>
        <source>does not answer (timed out)</source>
        <translation>antwortet nicht (Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>redirects in a loop</source>
        <translation>leitet im Kreis weiter</translation>
    </message>
    <message>
        <source>redirects more than 10 times</source>
        <translation>leitet mehr als 10-mal weiter</translation>
    </message>
    <message>
        <source>cannot be reached (%1)</source>
        <translation>ist nicht erreichbar (%1)</translation>
    </message>
    <message>
        <source>was not checked: offline</source>
        <translation>wurde nicht geprüft: offline</translation>
    </message>
    <message>
        <source>is not a web address</source>
        <translation>ist keine Webadresse</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>%1 has moved permanently to %2: link there instead.</source>
        <translation>%1 ist dauerhaft nach %2 umgezogen: besser dorthin verlinken.</translation>
    </message>
    <message>
        <source>%1 answers the same over https: link to %2 instead.</source>
        <translation>%1 antwortet über https genauso: besser auf %2 verlinken.</translation>
    </message>
    <message numerus="yes">
        <source>Links not checked: offline (%n link(s)).</source>
        <translation>
            <numerusform>Links nicht geprüft: offline (%n Link).</numerusform>
            <numerusform>Links nicht geprüft: offline (%n Links).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::NewsletterProfile</name>
    <message>
        <source>the stored newsletter settings are not a JSON object (%1); set them again in Preferences.</source>
        <translation>die gespeicherten Newsletter-Einstellungen sind kein JSON-Objekt (%1); legen Sie sie in den Einstellungen neu fest.</translation>
    </message>
</context>
<context>
    <name>galley::NewsletterText</name>
    <message>
        <source>View online</source>
        <translation>Im Browser ansehen</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Abbestellen</translation>
    </message>
    <message>
        <source>You are receiving this email because you subscribed to this newsletter.</source>
        <translation>Sie erhalten diese E-Mail, weil Sie diesen Newsletter abonniert haben.</translation>
    </message>
    <message>
        <source>You are receiving this email because you subscribed to %1.</source>
        <translation>Sie erhalten diese E-Mail, weil Sie %1 abonniert haben.</translation>
    </message>
    <message>
        <source>View online:</source>
        <translation>Im Browser ansehen:</translation>
    </message>
    <message>
        <source>Unsubscribe:</source>
        <translation>Abbestellen:</translation>
    </message>
    <message>
        <source>From our sponsor, {name}</source>
        <translation>Unser Sponsor: {name}</translation>
    </message>
    <message>
        <source>From our sponsor</source>
        <translation>Unser Sponsor</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Neuigkeiten</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>On-call rotations that fit how your team actually works.</source>
        <translation>Bereitschaftspläne, die dazu passen, wie Ihr Team wirklich arbeitet.</translation>
    </message>
    <message>
        <source>A clear write-up of why egress filtering matters, with examples of what it would have caught.</source>
        <translation>Eine klare Darstellung, warum Egress-Filterung wichtig ist, mit Beispielen dafür, was sie abgefangen hätte.</translation>
    </message>
    <message>
        <source>This week: a bit of everything.</source>
        <translation>Diese Woche: von allem etwas.</translation>
    </message>
    <message>
        <source>All issues</source>
        <translation>Alle Ausgaben</translation>
    </message>
    <message>
        <source>Every link</source>
        <translation>Alle Links</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Web-Feed</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>No issue has been published yet.</source>
        <translation>Noch ist keine Ausgabe veröffentlicht.</translation>
    </message>
    <message>
        <source>Newer issues</source>
        <translation>Neuere Ausgaben</translation>
    </message>
    <message>
        <source>Older issues</source>
        <translation>Ältere Ausgaben</translation>
    </message>
    <message>
        <source>Previous issue</source>
        <translation>Vorige Ausgabe</translation>
    </message>
    <message>
        <source>Next issue</source>
        <translation>Nächste Ausgabe</translation>
    </message>
    <message>
        <source>Every link featured</source>
        <translation>Alle vorgestellten Links</translation>
    </message>
    <message>
        <source>No links yet.</source>
        <translation>Noch keine Links.</translation>
    </message>
    <message>
        <source>Newsletter archive</source>
        <translation>Newsletter-Archiv</translation>
    </message>
</context>
<context>
    <name>galley::NextIssuePlanner</name>
    <message>
        <source>An issue needs a number of 1 or more and a valid date.</source>
        <translation>Eine Ausgabe braucht eine Nummer ab 1 und ein gültiges Datum.</translation>
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
        <translation>Galleys Schlüsselbund-Zugriff kann nicht geladen werden: %1.</translation>
    </message>
    <message>
        <source>The keyring did not take the password (%1).</source>
        <translation>Der Schlüsselbund hat das Passwort nicht angenommen (%1).</translation>
    </message>
</context>
<context>
    <name>galley::Preflight</name>
    <message>
        <source>The issue has no sections (headings such as News or Tools).</source>
        <translation>Die Ausgabe hat keine Rubriken (Überschriften wie „News“ oder „Tools“).</translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; is empty: add items or remove it.</source>
        <translation>Die Rubrik „%1“ ist leer: Fügen Sie Einträge hinzu oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>There is no sponsor block (a &quot;%1, &lt;name&gt;&quot; heading).</source>
        <translation>Es gibt keinen Sponsorblock (eine Überschrift „%1, &lt;Name&gt;“).</translation>
    </message>
    <message>
        <source>The sponsor slot is empty: book a sponsor or remove the block.</source>
        <translation>Der Sponsorplatz ist leer: Buchen Sie einen Sponsor oder entfernen Sie den Block.</translation>
    </message>
    <message>
        <source>The sponsor block has no link.</source>
        <translation>Der Sponsorblock hat keinen Link.</translation>
    </message>
    <message>
        <source>The issue does not end with the sponsor&apos;s copy and link repeated (the closing sponsor slot).</source>
        <translation>Die Ausgabe endet nicht mit der Wiederholung von Werbetext und Link des Sponsors (dem Sponsorplatz am Schluss).</translation>
    </message>
    <message>
        <source>The closing sponsor slot differs from the top one (line %1): copy and link should be the same.</source>
        <translation>Der Sponsorplatz am Schluss weicht vom oberen ab (Zeile %1): Werbetext und Link sollten gleich sein.</translation>
    </message>
    <message>
        <source>No sponsor is booked for this issue, but it carries %1.</source>
        <translation>Für diese Ausgabe ist kein Sponsor gebucht, sie enthält aber %1.</translation>
    </message>
    <message>
        <source>This issue is booked for %1, but it carries %2.</source>
        <translation>Diese Ausgabe ist für %1 gebucht, enthält aber %2.</translation>
    </message>
    <message>
        <source>A template placeholder was left in: %1</source>
        <translation>Ein Platzhalter der Vorlage ist stehen geblieben: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; marks something still to write: %2</source>
        <translation>„%1“ markiert etwas, das noch zu schreiben ist: %2</translation>
    </message>
    <message>
        <source>The title says #%1 but the front matter says issue: %2.</source>
        <translation>Im Titel steht #%1, im Front Matter aber issue: %2.</translation>
    </message>
    <message>
        <source>The title says %1 but the front matter&apos;s date is %2.</source>
        <translation>Im Titel steht %1, das Datum im Front Matter ist aber %2.</translation>
    </message>
    <message>
        <source>Issue #%1 already exists in the archive (%2).</source>
        <translation>Ausgabe #%1 gibt es schon im Archiv (%2).</translation>
    </message>
    <message>
        <source>The archive&apos;s previous issue is #%1, so this one should be #%2, not #%3.</source>
        <translation>Die vorige Ausgabe im Archiv ist #%1, diese sollte also #%2 sein, nicht #%3.</translation>
    </message>
    <message>
        <source>This issue is dated %1, not after the previous issue #%2 (%3).</source>
        <translation>Diese Ausgabe ist auf %1 datiert, nicht nach der vorigen Ausgabe #%2 (%3).</translation>
    </message>
    <message>
        <source>The email has no subject: set a title (or subject) in the front matter.</source>
        <translation>Die E-Mail hat keinen Betreff: Legen Sie im Front Matter einen Titel (oder subject) fest.</translation>
    </message>
    <message>
        <source>The subject is %1 characters long; mail clients cut it after about %2.</source>
        <translation>Der Betreff ist %1 Zeichen lang; Mailprogramme schneiden ihn nach etwa %2 ab.</translation>
    </message>
    <message>
        <source>There is no preheader: inboxes will show the start of the intro instead.</source>
        <translation>Es gibt keinen Preheader: Posteingänge zeigen stattdessen den Anfang der Einleitung.</translation>
    </message>
    <message>
        <source>The preheader is %1 characters long; inboxes show about %2.</source>
        <translation>Der Preheader ist %1 Zeichen lang; Posteingänge zeigen etwa %2.</translation>
    </message>
    <message>
        <source>The email&apos;s HTML is %1 KB; Gmail clips messages over %2 KB.</source>
        <translation>Das HTML der E-Mail ist %1 KB groß; Gmail kürzt Nachrichten über %2 KB.</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation>#%1 (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>%1 is not https: readers&apos; browsers may warn or block it.</source>
        <translation>%1 ist kein https: Browser der Leser warnen womöglich oder blockieren den Link.</translation>
    </message>
    <message>
        <source>%1 is not an https link.</source>
        <translation>%1 ist kein https-Link.</translation>
    </message>
    <message>
        <source>%1 is already linked on line %2 of this issue.</source>
        <translation>%1 ist in Zeile %2 dieser Ausgabe schon verlinkt.</translation>
    </message>
    <message>
        <source>%1 was featured before, in %2.</source>
        <translation>%1 kam schon einmal vor, in %2.</translation>
    </message>
    <message>
        <source>A link is not closed: &quot;%1&quot; needs a &apos;)&apos;.</source>
        <translation>Ein Link ist nicht geschlossen: „%1“ braucht eine „)“.</translation>
    </message>
    <message>
        <source>The link shows %1 but goes to %2.</source>
        <translation>Der Link zeigt %1, führt aber zu %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) have waited in the inbox for more than %1: the oldest since %2 (%3). Use them or dismiss them.</source>
        <translation>
            <numerusform>%n Link wartet seit mehr als %1 im Eingang: der älteste seit %2 (%3). Verwenden oder verwerfen Sie ihn.</numerusform>
            <numerusform>%n Links warten seit mehr als %1 im Eingang: der älteste seit %2 (%3). Verwenden oder verwerfen Sie sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>In the front matter&apos;s %1, &quot;%2&quot; is a YAML comment and is left out: the %1 reads &quot;%3&quot;. Write \# instead of #, or put the %1 in quotes.</source>
        <translation>Im Front Matter ist in %1 „%2“ ein YAML-Kommentar und fällt weg: %1 lautet „%3“. Schreiben Sie \# statt #, oder setzen Sie %1 in Anführungszeichen.</translation>
    </message>
</context>
<context>
    <name>galley::PrivateFiles</name>
    <message>
        <source>%1 is not a folder of yours that only you can open; another user may have made it</source>
        <translation>%1 ist kein Ordner von Ihnen, den nur Sie öffnen können; ein anderer Benutzer hat ihn möglicherweise angelegt</translation>
    </message>
</context>
<context>
    <name>galley::ScalarSettings</name>
    <message>
        <source>Hours a link check&apos;s answer is used again without asking the server.</source>
        <translation>Stunden, in denen die Antwort einer Linkprüfung ohne neue Anfrage an den Server wiederverwendet wird.</translation>
    </message>
    <message>
        <source>Milliseconds the link checker waits for each answer.</source>
        <translation>Millisekunden, die die Linkprüfung auf jede Antwort wartet.</translation>
    </message>
    <message>
        <source>Weeks after which the check notes links still waiting in the inbox (0: never).</source>
        <translation>Wochen, nach denen die Prüfung Links nennt, die noch im Eingang warten (0: nie).</translation>
    </message>
</context>
<context>
    <name>galley::SendingSettings</name>
    <message>
        <source>No SMTP server is set: enter one in Preferences ▸ Sending.</source>
        <translation>Kein SMTP-Server eingestellt: Tragen Sie einen unter Einstellungen ▸ Versand ein.</translation>
    </message>
    <message>
        <source>Sending without encryption is only allowed to this computer (localhost, 127.0.0.1, ::1); choose STARTTLS or TLS for %1.</source>
        <translation>Unverschlüsselt darf nur an diesen Computer gesendet werden (localhost, 127.0.0.1, ::1); wählen Sie STARTTLS oder TLS für %1.</translation>
    </message>
    <message>
        <source>No test recipient is set: enter your own address in Preferences ▸ Sending.</source>
        <translation>Kein Testempfänger eingestellt: Tragen Sie Ihre eigene Adresse unter Einstellungen ▸ Versand ein.</translation>
    </message>
    <message>
        <source>A test goes to at most %1 addresses (%2 are set): this is a proof, not a mailing.</source>
        <translation>Ein Test geht an höchstens %1 Adressen (%2 sind eingestellt): Er ist ein Probeabzug, kein Versand.</translation>
    </message>
    <message>
        <source>The test recipient &apos;%1&apos; is not an email address; write it as name@example.com.</source>
        <translation>Der Testempfänger „%1“ ist keine E-Mail-Adresse; schreiben Sie sie als name@example.com.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an SMTP server; write it as smtp://[user@]host[:port] (STARTTLS) or smtps://[user@]host[:port] (TLS), without a password.</source>
        <translation>„%1“ ist kein SMTP-Server; schreiben Sie smtp://[benutzer@]host[:port] (STARTTLS) oder smtps://[benutzer@]host[:port] (TLS), ohne Passwort.</translation>
    </message>
    <message>
        <source>The store&apos;s sending settings cannot be read (%1); set them again in Preferences ▸ Sending.</source>
        <translation>Die Versandeinstellungen des Speichers sind nicht lesbar (%1); legen Sie sie unter Einstellungen ▸ Versand neu fest.</translation>
    </message>
</context>
<context>
    <name>galley::SitePublisher</name>
    <message>
        <source>Name the folder to publish the site into.</source>
        <translation>Nennen Sie den Ordner, in dem die Website veröffentlicht werden soll.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>%1 is not empty and holds no site Galley published. Publish into an empty or new folder, or use --force to publish there anyway (files of the site&apos;s names are replaced; no other file is removed).</source>
        <translation>%1 ist nicht leer und enthält keine von Galley veröffentlichte Website. Veröffentlichen Sie in einen leeren oder neuen Ordner, oder verwenden Sie --force, um trotzdem dort zu veröffentlichen (Dateien mit den Namen der Website werden ersetzt; keine andere Datei wird entfernt).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the site: %1. The previous site is left as it was.</source>
        <translation>Die Website kann nicht geschrieben werden: %1. Die bisherige Website bleibt, wie sie war.</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>no space left on the device</source>
        <translation>kein Platz mehr auf dem Datenträger</translation>
    </message>
    <message>
        <source>Cannot put the new page %1 in place; the site is incomplete: publish again.</source>
        <translation>Die neue Seite %1 kann nicht an ihren Platz gestellt werden; die Website ist unvollständig: Veröffentlichen Sie erneut.</translation>
    </message>
    <message>
        <source>Cannot publish: the disk that holds %1 is full (%2). The previous site is left as it was; free some space and publish again.</source>
        <translation>Veröffentlichen nicht möglich: Der Datenträger, auf dem %1 liegt, ist voll (%2). Die bisherige Website bleibt, wie sie war; schaffen Sie Platz und veröffentlichen Sie erneut.</translation>
    </message>
    <message>
        <source>%1 needed, %2 free</source>
        <translation>%1 nötig, %2 frei</translation>
    </message>
    <message>
        <source>%1, while writing %2</source>
        <translation>%1, beim Schreiben von %2</translation>
    </message>
</context>
<context>
    <name>galley::SiteSettings</name>
    <message>
        <source>The site settings cannot be read: %1.</source>
        <translation>Die Einstellungen der Website können nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>The site has no base URL: give the address it will be served from, such as https://news.example.com/.</source>
        <translation>Die Website hat keine Basis-URL: Geben Sie die Adresse an, unter der sie erreichbar sein wird, etwa https://news.example.com/.</translation>
    </message>
    <message>
        <source>The base URL &apos;%1&apos; is not an http or https address.</source>
        <translation>Die Basis-URL „%1“ ist keine http- oder https-Adresse.</translation>
    </message>
    <message>
        <source>The base URL &apos;%1&apos; names no host.</source>
        <translation>Die Basis-URL „%1“ nennt keinen Host.</translation>
    </message>
    <message>
        <source>The base URL &apos;%1&apos; must not have a query or fragment.</source>
        <translation>Die Basis-URL „%1“ darf keine Abfrage und kein Fragment haben.</translation>
    </message>
    <message>
        <source>The page address pattern has an unknown placeholder {%1}; use %2.</source>
        <translation>Das Muster für Seitenadressen hat einen unbekannten Platzhalter {%1}; verwenden Sie %2.</translation>
    </message>
    <message>
        <source>The page address pattern needs {number} or {slug}, so that every issue has its own page.</source>
        <translation>Das Muster für Seitenadressen braucht {number} oder {slug}, damit jede Ausgabe eine eigene Seite hat.</translation>
    </message>
    <message>
        <source>The page address pattern must stay inside the site (no &apos;..&apos;).</source>
        <translation>Das Muster für Seitenadressen muss innerhalb der Website bleiben (kein „..“).</translation>
    </message>
</context>
<context>
    <name>galley::SmtpSender</name>
    <message>
        <source> (the server said: %1)</source>
        <translation> (der Server sagte: %1)</translation>
    </message>
    <message>
        <source>%1 refused the connection. Check the SMTP host and port in Preferences ▸ Sending (usually 587 for STARTTLS, 465 for TLS) and that the server is running. Nothing was sent.</source>
        <translation>%1 hat die Verbindung abgelehnt. Prüfen Sie SMTP-Host und Port unter Einstellungen ▸ Versand (meist 587 für STARTTLS, 465 für TLS) und ob der Server läuft. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The SMTP server %1 was not found: no such host name. Check its spelling in Preferences ▸ Sending and your network connection. Nothing was sent.</source>
        <translation>Der SMTP-Server %1 wurde nicht gefunden: Diesen Hostnamen gibt es nicht. Prüfen Sie die Schreibweise unter Einstellungen ▸ Versand und Ihre Netzwerkverbindung. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 presented a certificate that is not trusted (%2). Its SHA-256 fingerprint is %3. Trust it only if you know it is your server&apos;s (Send Test Email asks; galley send-test --trust-certificate %3). Nothing was sent.</source>
        <translation>%1 hat ein nicht vertrauenswürdiges Zertifikat vorgelegt (%2). Sein SHA-256-Fingerabdruck ist %3. Vertrauen Sie ihm nur, wenn Sie wissen, dass es das Ihres Servers ist (Test-E-Mail senden fragt; galley send-test --trust-certificate %3). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2). Check the security setting in Preferences ▸ Sending: STARTTLS usually on port 587, TLS on port 465. Nothing was sent.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen (%2). Prüfen Sie die Sicherheit unter Einstellungen ▸ Versand: STARTTLS meist auf Port 587, TLS auf Port 465. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 asks senders to sign in%2. Set your user name in Preferences ▸ Sending (or in --smtp as smtp://user@host). Nothing was sent.</source>
        <translation>%1 verlangt eine Anmeldung%2. Tragen Sie Ihren Benutzernamen unter Einstellungen ▸ Versand ein (oder in --smtp als smtp://benutzer@host). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 did not accept the sign-in of user &apos;%2&apos;%3. Check the user name in Preferences ▸ Sending and the password. Nothing was sent.</source>
        <translation>%1 hat die Anmeldung von „%2“ nicht angenommen%3. Prüfen Sie den Benutzernamen unter Einstellungen ▸ Versand und das Passwort. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 refused the recipient %2%3. Check the test recipients in Preferences ▸ Sending. Nothing was sent.</source>
        <translation>%1 hat den Empfänger %2 abgelehnt%3. Prüfen Sie die Testempfänger unter Einstellungen ▸ Versand. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 refused the message as too large (%2 KB)%3. Make the issue smaller (fewer or smaller images) or ask the server&apos;s administrator about its limit. Nothing was sent.</source>
        <translation>%1 hat die Nachricht als zu groß abgelehnt (%2 KB)%3. Verkleinern Sie die Ausgabe (weniger oder kleinere Bilder) oder fragen Sie die Serververwaltung nach der Grenze. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2 s). Check the host and port in Preferences ▸ Sending, or try again later. Nothing was sent.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet (%2 s). Prüfen Sie Host und Port unter Einstellungen ▸ Versand oder versuchen Sie es später erneut. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Sending to %1 was cancelled. Nothing was sent.</source>
        <translation>Das Senden an %1 wurde abgebrochen. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Sending through %1 failed: %2%3. Nothing was sent.</source>
        <translation>Senden über %1 fehlgeschlagen: %2%3. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Galley&apos;s SMTP sender cannot be loaded: %1. Reinstall Galley.</source>
        <translation>Galleys SMTP-Versand kann nicht geladen werden: %1. Installieren Sie Galley neu.</translation>
    </message>
</context>
<context>
    <name>galley::SpellChecker</name>
    <message>
        <source>“%1” is not in the dictionary (column %2).</source>
        <translation>„%1“ steht nicht im Wörterbuch (Spalte %2).</translation>
    </message>
    <message>
        <source>No spelling dictionary for %1 was found (looked in %2). Install the package %3 to check spelling; spell checking is off.</source>
        <translation>Kein Rechtschreibwörterbuch für %1 gefunden (gesucht in %2). Installieren Sie das Paket %3, um die Rechtschreibung zu prüfen; die Rechtschreibprüfung ist aus.</translation>
    </message>
    <message>
        <source>The spelling dictionary %1 could not be read (%2). Reinstall the package %3; spell checking is off.</source>
        <translation>Das Rechtschreibwörterbuch %1 konnte nicht gelesen werden (%2). Installieren Sie das Paket %3 neu; die Rechtschreibprüfung ist aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n more unknown word(s) from here on; galley spell lists them all.</source>
        <translation>
            <numerusform>%n weiteres unbekanntes Wort ab hier; galley spell listet alle auf.</numerusform>
            <numerusform>%n weitere unbekannte Wörter ab hier; galley spell listet alle auf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::SponsorBook</name>
    <message>
        <source>top</source>
        <translation>oben</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>am Schluss</translation>
    </message>
    <message>
        <source>issue #%1</source>
        <translation>Ausgabe #%1</translation>
    </message>
    <message>
        <source>the issue of %1</source>
        <translation>Ausgabe vom %1</translation>
    </message>
    <message>
        <source>the stored %1 are not a JSON list (%2); set them again in the Sponsors dialog.</source>
        <translation>die gespeicherten %1 sind keine JSON-Liste (%2); legen Sie sie im Dialog „Sponsoren“ neu fest.</translation>
    </message>
    <message>
        <source>The %1 slot of %2 is booked twice: %3 and %4.</source>
        <translation>Der Platz %1 in %2 ist doppelt gebucht: %3 und %4.</translation>
    </message>
    <message>
        <source>%1 is booked for %2, but there is no such sponsor in the library.</source>
        <translation>%1 ist für %2 gebucht, steht aber nicht in der Sponsorbibliothek.</translation>
    </message>
    <message>
        <source>%1 is booked for %2 (%3), outside its active dates (%4 to %5).</source>
        <translation>%1 ist für %2 (%3) gebucht, außerhalb seines Aktivzeitraums (%4 – %5).</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>sponsors</source>
        <translation>Sponsoren</translation>
    </message>
    <message>
        <source>bookings</source>
        <translation>Buchungen</translation>
    </message>
</context>
<context>
    <name>galley::Store</name>
    <message>
        <source>There is no issue with id %1 in the store.</source>
        <translation>In der Datenbank gibt es keine Ausgabe mit der ID %1.</translation>
    </message>
    <message>
        <source>Creating the issue</source>
        <translation>Anlegen der Ausgabe</translation>
    </message>
    <message>
        <source>Reading the issue</source>
        <translation>Lesen der Ausgabe</translation>
    </message>
    <message>
        <source>Listing the issues</source>
        <translation>Auflisten der Ausgaben</translation>
    </message>
    <message>
        <source>Saving the issue</source>
        <translation>Speichern der Ausgabe</translation>
    </message>
    <message>
        <source>Changing the issue&apos;s status</source>
        <translation>Ändern des Status der Ausgabe</translation>
    </message>
    <message>
        <source>Moving the issue to the trash</source>
        <translation>Verschieben der Ausgabe in den Papierkorb</translation>
    </message>
    <message>
        <source>Restoring the issue from the trash</source>
        <translation>Wiederherstellen der Ausgabe aus dem Papierkorb</translation>
    </message>
    <message>
        <source>Deleting the issue</source>
        <translation>Löschen der Ausgabe</translation>
    </message>
    <message>
        <source>Issue %1 is not in the trash; only issues in the trash can be deleted for good.</source>
        <translation>Ausgabe %1 ist nicht im Papierkorb; endgültig löschen lassen sich nur Ausgaben im Papierkorb.</translation>
    </message>
    <message>
        <source>Reading the revisions</source>
        <translation>Lesen der Versionen</translation>
    </message>
    <message>
        <source>Reading the revision</source>
        <translation>Lesen der Version</translation>
    </message>
    <message>
        <source>There is no revision with id %1 in the store.</source>
        <translation>In der Datenbank gibt es keine Version mit der ID %1.</translation>
    </message>
    <message>
        <source>Restoring the revision</source>
        <translation>Wiederherstellen der Version</translation>
    </message>
    <message>
        <source>Thinning old autosaves</source>
        <translation>Ausdünnen alter automatischer Sicherungen</translation>
    </message>
    <message>
        <source>Importing the issue</source>
        <translation>Importieren der Ausgabe</translation>
    </message>
    <message>
        <source>Keeping a revision</source>
        <translation>Sichern einer Version</translation>
    </message>
    <message>
        <source>Issue %1 was changed elsewhere (version %2, this copy is based on version %3); reload it or keep both copies.</source>
        <translation>Ausgabe %1 wurde anderswo geändert (Version %2, diese Kopie beruht auf Version %3); laden Sie sie neu oder behalten Sie beide Fassungen.</translation>
    </message>
    <message>
        <source>Indexing the issue&apos;s links</source>
        <translation>Indizieren der Links der Ausgabe</translation>
    </message>
    <message>
        <source>Looking up the link</source>
        <translation>Nachschlagen des Links</translation>
    </message>
    <message>
        <source>Indexing the issue for search</source>
        <translation>Indizieren der Ausgabe für die Suche</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>No store path was given.</source>
        <translation>Es wurde kein Pfad zur Datenbank angegeben.</translation>
    </message>
    <message>
        <source>This is a folder, not a store file; name a file such as galley.sqlite inside it.</source>
        <translation>Das ist ein Ordner, keine Datenbankdatei; geben Sie eine Datei darin an, etwa galley.sqlite.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the store; check the permissions or use --db with another path.</source>
        <translation>Der Ordner %1 für die Datenbank kann nicht angelegt werden; prüfen Sie die Berechtigungen oder geben Sie mit --db einen anderen Pfad an.</translation>
    </message>
    <message>
        <source>Opening the store</source>
        <translation>Öffnen der Datenbank</translation>
    </message>
    <message>
        <source>The store cannot use write-ahead logging here (journal mode %1); is the folder on a network or read-only file system?</source>
        <translation>Die Datenbank kann hier kein Write-Ahead-Logging nutzen (Journalmodus %1); liegt der Ordner auf einem Netzlaufwerk oder einem schreibgeschützten Dateisystem?</translation>
    </message>
    <message>
        <source>Starting a batch of changes</source>
        <translation>Beginnen einer Reihe von Änderungen</translation>
    </message>
    <message>
        <source>Saving a batch of changes</source>
        <translation>Speichern einer Reihe von Änderungen</translation>
    </message>
    <message>
        <source>This is a folder; name the backup file to write.</source>
        <translation>Das ist ein Ordner; geben Sie die zu schreibende Sicherungsdatei an.</translation>
    </message>
    <message>
        <source>Writing the backup</source>
        <translation>Schreiben der Sicherung</translation>
    </message>
    <message>
        <source>Cannot write the backup here; check that the folder is writable.</source>
        <translation>Die Sicherung kann hier nicht geschrieben werden; prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>Reading a setting</source>
        <translation>Lesen einer Einstellung</translation>
    </message>
    <message>
        <source>Saving a setting</source>
        <translation>Speichern einer Einstellung</translation>
    </message>
    <message>
        <source>Checking for changes</source>
        <translation>Prüfen auf Änderungen</translation>
    </message>
    <message>
        <source>Checking the store</source>
        <translation>Prüfen der Datenbank</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing (install libqt6sql6-sqlite).</source>
        <translation>Der SQLite-Treiber für Qt fehlt (installieren Sie libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open the store</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1: the store is busy (another window or process is writing to it); try again in a moment.</source>
        <translation>%1: Die Datenbank ist belegt (ein anderes Fenster oder Programm schreibt gerade); versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>%1: the store cannot be written (the file or its folder is read-only); check the permissions or use --db with another path.</source>
        <translation>%1: In die Datenbank kann nicht geschrieben werden (Datei oder Ordner schreibgeschützt); prüfen Sie die Berechtigungen oder geben Sie mit --db einen anderen Pfad an.</translation>
    </message>
    <message>
        <source>%1: the disk is full; free some space and try again. Nothing was changed.</source>
        <translation>%1: Der Datenträger ist voll; schaffen Sie Platz und versuchen Sie es erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1: the file is not a Galley store or is damaged (%2). It was left as it is; restore it from a backup or use --db with another path.</source>
        <translation>%1: Die Datei ist keine Galley-Datenbank oder ist beschädigt (%2). Sie wurde nicht verändert; stellen Sie sie aus einer Sicherung wieder her oder geben Sie mit --db einen anderen Pfad an.</translation>
    </message>
    <message>
        <source>%1: the file cannot be opened or created (%2); check that the folder exists and is writable.</source>
        <translation>%1: Die Datei kann nicht geöffnet oder angelegt werden (%2); prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This store was written by a newer version of Galley (schema %1; this version understands up to %2). It was not changed; update Galley to open it.</source>
        <translation>Diese Datenbank stammt von einer neueren Galley-Version (Schema %1; diese Version versteht bis %2). Sie wurde nicht verändert; aktualisieren Sie Galley, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>This SQLite file is not a Galley store. It was not changed; use --db with another path.</source>
        <translation>Diese SQLite-Datei ist keine Galley-Datenbank. Sie wurde nicht verändert; geben Sie mit --db einen anderen Pfad an.</translation>
    </message>
    <message>
        <source>Upgrading the store</source>
        <translation>Aktualisieren der Datenbank</translation>
    </message>
    <message>
        <source>This SQLite has no full-text search (FTS5); install the libsqlite3-0 package of your distribution.</source>
        <translation>Dieses SQLite hat keine Volltextsuche (FTS5); installieren Sie das Paket libsqlite3-0 Ihrer Distribution.</translation>
    </message>
    <message>
        <source>The store cannot be written: the file is read-only for you. Check its permissions or use --db with another path.</source>
        <translation>In die Datenbank kann nicht geschrieben werden: Die Datei ist für Sie schreibgeschützt. Prüfen Sie ihre Berechtigungen oder geben Sie mit --db einen anderen Pfad an.</translation>
    </message>
    <message>
        <source>%1: a change in this batch failed, so none of them was kept.</source>
        <translation>%1: Eine Änderung in dieser Reihe ist fehlgeschlagen, deshalb wurde keine davon übernommen.</translation>
    </message>
    <message>
        <source>%1: the disk refused the write (%2). Check that the disk is not full and is working, then try again. Nothing was changed.</source>
        <translation>%1: Der Datenträger hat das Schreiben verweigert (%2). Prüfen Sie, ob er voll ist oder einen Fehler hat, und versuchen Sie es dann erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>Leeren des Papierkorbs</translation>
    </message>
    <message>
        <source>Revision %1 in the store is damaged and cannot be read. The issue itself and its other revisions are not affected.</source>
        <translation>Revision %1 im Speicher ist beschädigt und kann nicht gelesen werden. Die Ausgabe selbst und ihre anderen Revisionen sind nicht betroffen.</translation>
    </message>
    <message>
        <source>Indexing the issue&apos;s sections</source>
        <translation>Indizieren der Abschnitte der Ausgabe</translation>
    </message>
    <message>
        <source>Reading the archive</source>
        <translation>Lesen des Archivs</translation>
    </message>
    <message>
        <source>Reading the link checks</source>
        <translation>Lesen der Linkprüfungen</translation>
    </message>
    <message>
        <source>Saving a link check</source>
        <translation>Speichern einer Linkprüfung</translation>
    </message>
    <message>
        <source>Adding links to the inbox</source>
        <translation>Hinzufügen von Links zum Eingang</translation>
    </message>
    <message>
        <source>An empty link cannot go into the inbox.</source>
        <translation>Ein leerer Link kann nicht in den Eingang.</translation>
    </message>
    <message>
        <source>Reading the inbox</source>
        <translation>Lesen des Eingangs</translation>
    </message>
    <message>
        <source>Removing links from the inbox</source>
        <translation>Entfernen von Links aus dem Eingang</translation>
    </message>
    <message>
        <source>The inbox has no item %1; &apos;galley inbox list --all&apos; shows them with their numbers.</source>
        <translation>Der Eingang hat keinen Eintrag %1; &apos;galley inbox list --all&apos; zeigt die Einträge mit ihren Nummern.</translation>
    </message>
    <message>
        <source>Updating the inbox</source>
        <translation>Aktualisieren des Eingangs</translation>
    </message>
    <message>
        <source>The inbox has no item %1.</source>
        <translation>Der Eingang hat keinen Eintrag %1.</translation>
    </message>
    <message>
        <source>Recording the test email</source>
        <translation>Beim Festhalten der Test-E-Mail</translation>
    </message>
    <message>
        <source>Reading the test emails sent</source>
        <translation>Beim Lesen der gesendeten Test-E-Mails</translation>
    </message>
    <message>
        <source>Reading the personal dictionary</source>
        <translation>Beim Lesen des persönlichen Wörterbuchs</translation>
    </message>
    <message>
        <source>Reading the archive&apos;s vocabulary</source>
        <translation>Beim Lesen des Wortschatzes des Archivs</translation>
    </message>
    <message>
        <source>Adding a word to the dictionary</source>
        <translation>Beim Hinzufügen eines Wortes zum Wörterbuch</translation>
    </message>
    <message>
        <source>Removing a word from the dictionary</source>
        <translation>Beim Entfernen eines Wortes aus dem Wörterbuch</translation>
    </message>
    <message>
        <source>Learning the archive&apos;s vocabulary</source>
        <translation>Beim Lernen des Wortschatzes des Archivs</translation>
    </message>
    <message>
        <source>Reading the links</source>
        <translation>Lesen der Links</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is missing (install libqt6sql6-psql).</source>
        <translation>Der PostgreSQL-Treiber für Qt fehlt (installieren Sie libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The database has no schema to keep the store in; name one with ?schema= in the address.</source>
        <translation>Die Datenbank hat kein Schema, in dem die Galley-Daten liegen können; nennen Sie eines mit ?schema= in der Adresse.</translation>
    </message>
    <message>
        <source>Saving the changes</source>
        <translation>Speichern der Änderungen</translation>
    </message>
    <message>
        <source>This database schema is not a Galley store: it holds other tables. It was not changed; name another schema with ?schema= in the address.</source>
        <translation>Dieses Datenbankschema ist keine Galley-Datenbank: Es enthält andere Tabellen. Es wurde nicht verändert; nennen Sie mit ?schema= in der Adresse ein anderes Schema.</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 has no database “%2”. Create it (createdb %2) or name another one in the address.</source>
        <translation>Der PostgreSQL-Server %1 hat keine Datenbank „%2“. Legen Sie sie an (createdb %2) oder nennen Sie in der Adresse eine andere.</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 has no user “%2”; name another user in the address.</source>
        <translation>Der PostgreSQL-Server %1 kennt keinen Benutzer „%2“; nennen Sie in der Adresse einen anderen Benutzer.</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server %1 (%2). Check that it is running and that the address is right.</source>
        <translation>Der PostgreSQL-Server %1 ist nicht erreichbar (%2). Prüfen Sie, ob er läuft und ob die Adresse stimmt.</translation>
    </message>
    <message>
        <source>%1: the PostgreSQL user may not change this store (%2); ask the server&apos;s administrator for write access.</source>
        <translation>%1: Der PostgreSQL-Benutzer darf diese Datenbank nicht ändern (%2); bitten Sie die Administration des Servers um Schreibrechte.</translation>
    </message>
    <message>
        <source>%1: the PostgreSQL server is out of space or memory (%2). Nothing was changed.</source>
        <translation>%1: Dem PostgreSQL-Server fehlt Platz oder Speicher (%2). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>“%1:” is not a kind of store Galley knows: give the path of a store file (such as ~/galley.sqlite) or a postgresql://[user@]host[:port]/database address.</source>
        <translation>„%1:“ ist keine Art von Datenbank, die Galley kennt: Geben Sie den Pfad einer Datenbankdatei an (etwa ~/galley.sqlite) oder eine Adresse postgresql://[benutzer@]host[:port]/datenbank.</translation>
    </message>
    <message>
        <source>This PostgreSQL address cannot be read; write it as postgresql://[user@]host[:port]/database.</source>
        <translation>Diese PostgreSQL-Adresse ist nicht lesbar; schreiben Sie sie als postgresql://[benutzer@]host[:port]/datenbank.</translation>
    </message>
    <message>
        <source>The port in the PostgreSQL address is not a number from 1 to 65535.</source>
        <translation>Der Port in der PostgreSQL-Adresse ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>sslmode=%1 is not one of libpq&apos;s modes (%2).</source>
        <translation>sslmode=%1 ist keiner der Modi von libpq (%2).</translation>
    </message>
    <message>
        <source>schema=%1 is not a plain schema name (letters, digits and _).</source>
        <translation>schema=%1 ist kein einfacher Schemaname (Buchstaben, Ziffern und _).</translation>
    </message>
    <message>
        <source>There is no Galley store here: the schema does not exist.</source>
        <translation>Hier gibt es keinen Galley-Speicher: das Schema existiert nicht.</translation>
    </message>
    <message>
        <source>There is no store file here.</source>
        <translation>Hier gibt es keine Speicherdatei.</translation>
    </message>
    <message>
        <source>There is no Galley store here (it is empty).</source>
        <translation>Hier gibt es keinen Galley-Speicher (er ist leer).</translation>
    </message>
    <message>
        <source>This store was written by an older version of Galley (schema %1; this version writes %2) and was not changed. Open it once with this Galley, which upgrades it, or back it up and use the copy.</source>
        <translation>Dieser Speicher wurde von einer älteren Galley-Version geschrieben (Schema %1; diese Version schreibt %2) und wurde nicht verändert. Öffnen Sie ihn einmal mit diesem Galley, das ihn aktualisiert, oder sichern Sie ihn und verwenden Sie die Kopie.</translation>
    </message>
    <message>
        <source>%1: cannot listen for changes on the PostgreSQL server (%2).</source>
        <translation>%1: Änderungen auf dem PostgreSQL-Server können nicht abonniert werden (%2).</translation>
    </message>
    <message>
        <source>The PostgreSQL user “%1” cannot act as the team role “%2” (role=%2 in the address): %3. Ask the server&apos;s administrator to run GRANT %2 TO %1, or leave role= out.</source>
        <translation>Der PostgreSQL-Benutzer „%1“ kann nicht als Team-Rolle „%2“ handeln (role=%2 in der Adresse): %3. Bitten Sie die Administration des Servers, GRANT %2 TO %1 auszuführen, oder lassen Sie role= weg.</translation>
    </message>
    <message>
        <source>role=%1 is not a plain role name (letters, digits and _).</source>
        <translation>role=%1 ist kein einfacher Rollenname (Buchstaben, Ziffern und _).</translation>
    </message>
    <message>
        <source>“%1” is not a setting Galley knows in a PostgreSQL address (host, port, sslmode, schema, role).</source>
        <translation>„%1“ ist keine Einstellung, die Galley in einer PostgreSQL-Adresse kennt (host, port, sslmode, schema, role).</translation>
    </message>
    <message>
        <source>%1: the offline journal cannot be written (%2).</source>
        <translation>%1: Das Offline-Journal kann nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>Keeping the change while offline</source>
        <translation>Änderung offline aufbewahren</translation>
    </message>
    <message>
        <source>the file cannot be created</source>
        <translation>die Datei kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Reading the offline journal</source>
        <translation>Offline-Journal lesen</translation>
    </message>
    <message>
        <source>Connecting to the store again</source>
        <translation>Erneut mit der Datenbank verbinden</translation>
    </message>
    <message>
        <source>%1: the connection to the PostgreSQL server was lost (%2). Nothing was changed; try again once the server is back.</source>
        <translation>%1: Die Verbindung zum PostgreSQL-Server ist abgebrochen (%2). Es wurde nichts geändert; versuchen Sie es erneut, sobald der Server wieder da ist.</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 did not accept the user “%2” (%3). Put the password in Preferences ▸ Store (the keyring), ~/.pgpass or the PGPASSWORD environment variable, or name another user in the address.</source>
        <translation>Der PostgreSQL-Server %1 hat den Benutzer „%2“ nicht angenommen (%3). Legen Sie das Passwort unter Einstellungen ▸ Speicher (im Schlüsselbund), in ~/.pgpass oder in der Umgebungsvariablen PGPASSWORD ab, oder nennen Sie in der Adresse einen anderen Benutzer.</translation>
    </message>
    <message>
        <source>Telling the team which draft is open</source>
        <translation>Dem Team mitteilen, welcher Entwurf geöffnet ist</translation>
    </message>
    <message>
        <source>Reading who else has the draft open</source>
        <translation>Lesen, wer den Entwurf noch geöffnet hat</translation>
    </message>
    <message>
        <source>The PostgreSQL address contains a password. Galley never keeps passwords in settings or addresses: remove it from the address and put it in Preferences ▸ Store (the keyring), ~/.pgpass or the PGPASSWORD environment variable.</source>
        <translation>Die PostgreSQL-Adresse enthält ein Passwort. Galley speichert Passwörter nie in Einstellungen oder Adressen: Entfernen Sie es aus der Adresse und legen Sie es unter Einstellungen ▸ Speicher (im Schlüsselbund), in ~/.pgpass oder in der Umgebungsvariablen PGPASSWORD ab.</translation>
    </message>
    <message>
        <source>Checking the connection</source>
        <translation>Die Verbindung wird geprüft</translation>
    </message>
    <message>
        <source>Preparing the search index for the import</source>
        <translation>Der Suchindex wird für den Import vorbereitet</translation>
    </message>
    <message>
        <source>Building the search index after the import</source>
        <translation>Der Suchindex wird nach dem Import aufgebaut</translation>
    </message>
    <message>
        <source>Building the search index again</source>
        <translation>Der Suchindex wird neu aufgebaut</translation>
    </message>
    <message>
        <source>the server gave %1 word ids for %2 words.</source>
        <translation>der Server gab %1 Wort-IDs für %2 Wörter zurück.</translation>
    </message>
    <message>
        <source>libpq, the PostgreSQL client library, is not loaded.</source>
        <translation>libpq, die Client-Bibliothek von PostgreSQL, ist nicht geladen.</translation>
    </message>
</context>
<context>
    <name>galley::StoreCopier</name>
    <message>
        <source>The table %1 has no column %2.</source>
        <translation>Die Tabelle %1 hat keine Spalte %2.</translation>
    </message>
    <message>
        <source>The table %1 has other columns in the target (%2) than in the source (%3).</source>
        <translation>Die Tabelle %1 hat im Ziel andere Spalten (%2) als in der Quelle (%3).</translation>
    </message>
    <message>
        <source>Copying the store</source>
        <translation>Kopieren des Speichers</translation>
    </message>
    <message>
        <source>The target is not empty (the table %1 has rows). A store is copied only into a new one: name a file that does not exist yet, or an empty PostgreSQL schema.</source>
        <translation>Das Ziel ist nicht leer (die Tabelle %1 enthält Zeilen). Ein Speicher wird nur in einen neuen kopiert: Nennen Sie eine Datei, die es noch nicht gibt, oder ein leeres PostgreSQL-Schema.</translation>
    </message>
    <message>
        <source>The copy of the table %1 differs from the original (%2 rows, checksum %3; the original: %4 rows, checksum %5). Nothing was written to the target.</source>
        <translation>Die Kopie der Tabelle %1 weicht vom Original ab (%2 Zeilen, Prüfsumme %3; das Original: %4 Zeilen, Prüfsumme %5). In das Ziel wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The source and the target are the same store; name a new store as the target.</source>
        <translation>Quelle und Ziel sind derselbe Speicher; nennen Sie einen neuen Speicher als Ziel.</translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>Der Speicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Checking the store</source>
        <translation>Prüfen des Speichers</translation>
    </message>
</context>
<context>
    <name>galley::TemplateEngine</name>
    <message>
        <source>The issue number, e.g. 104.</source>
        <translation>Die Nummer der Ausgabe, z. B. 104.</translation>
    </message>
    <message>
        <source>The publication date, ISO style: 2025-01-26.</source>
        <translation>Das Erscheinungsdatum im ISO-Format: 2025-01-26.</translation>
    </message>
    <message>
        <source>The publication date in words: 26th January 2025.</source>
        <translation>Das Erscheinungsdatum ausgeschrieben, in der Sprache des Newsletters: 26th January 2025.</translation>
    </message>
    <message>
        <source>The issue&apos;s title (the email subject).</source>
        <translation>Der Titel der Ausgabe (der Betreff der E-Mail).</translation>
    </message>
    <message>
        <source>The newsletter&apos;s name.</source>
        <translation>Der Name des Newsletters.</translation>
    </message>
    <message>
        <source>The editor&apos;s introduction (skeleton).</source>
        <translation>Die Einleitung der Redaktion (Gerüst).</translation>
    </message>
    <message>
        <source>The expanded top sponsor block (skeleton).</source>
        <translation>Der ausgefüllte obere Sponsorblock (Gerüst).</translation>
    </message>
    <message>
        <source>The expanded closing sponsor repeat (skeleton).</source>
        <translation>Die ausgefüllte Sponsor-Wiederholung am Schluss (Gerüst).</translation>
    </message>
    <message>
        <source>The expanded sections, in order (skeleton).</source>
        <translation>Die ausgefüllten Rubriken in ihrer Reihenfolge (Gerüst).</translation>
    </message>
    <message>
        <source>The sponsor&apos;s name.</source>
        <translation>Der Name des Sponsors.</translation>
    </message>
    <message>
        <source>The sponsor heading, e.g. From our sponsor, Pagerly.</source>
        <translation>Die Sponsor-Überschrift, z. B. From our sponsor, Pagerly.</translation>
    </message>
    <message>
        <source>A line of = as long as the sponsor heading.</source>
        <translation>Eine Zeile aus = so lang wie die Sponsor-Überschrift.</translation>
    </message>
    <message>
        <source>The sponsor&apos;s copy (Markdown).</source>
        <translation>Der Werbetext des Sponsors (Markdown).</translation>
    </message>
    <message>
        <source>The sponsor&apos;s link.</source>
        <translation>Der Link des Sponsors.</translation>
    </message>
    <message>
        <source>The sponsor&apos;s logo URL (may be empty).</source>
        <translation>Die Logo-URL des Sponsors (darf leer sein).</translation>
    </message>
    <message>
        <source>The section&apos;s name, e.g. News.</source>
        <translation>Der Name der Rubrik, z. B. News.</translation>
    </message>
    <message>
        <source>A line of = as long as the section&apos;s name.</source>
        <translation>Eine Zeile aus = so lang wie der Name der Rubrik.</translation>
    </message>
    <message>
        <source>The section&apos;s items (empty in a new issue).</source>
        <translation>Die Einträge der Rubrik (leer in einer neuen Ausgabe).</translation>
    </message>
    <message>
        <source>An item&apos;s commentary.</source>
        <translation>Der Kommentar eines Eintrags.</translation>
    </message>
    <message>
        <source>One link (link line template).</source>
        <translation>Ein Link (Vorlage für Linkzeilen).</translation>
    </message>
    <message>
        <source>An item&apos;s link lines, each from the link line template.</source>
        <translation>Die Linkzeilen eines Eintrags, jede nach der Vorlage für Linkzeilen.</translation>
    </message>
    <message>
        <source>&apos;{{&apos; is not closed by &apos;}}&apos; on the same line; write &apos;{{{{&apos; for a literal &apos;{{&apos;.</source>
        <translation>„{{“ wird in derselben Zeile nicht mit „}}“ geschlossen; schreiben Sie „{{{{“ für ein wörtliches „{{“.</translation>
    </message>
    <message>
        <source>unknown placeholder &apos;{{%1}}&apos;; see the list of placeholders in the Templates help.</source>
        <translation>unbekannter Platzhalter „{{%1}}“; siehe die Liste der Platzhalter in der Hilfe zu den Vorlagen.</translation>
    </message>
</context>
<context>
    <name>galley::TemplateSet</name>
    <message>
        <source>%1 template</source>
        <translation>Vorlage „%1“</translation>
    </message>
    <message>
        <source>not a valid JSON file (%1).</source>
        <translation>keine gültige JSON-Datei (%1).</translation>
    </message>
    <message>
        <source>not a Galley template set (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>kein Galley-Vorlagensatz (sein „format“ ist nicht „%1“).</translation>
    </message>
    <message>
        <source>the template set comes from a newer Galley; update Galley.</source>
        <translation>der Vorlagensatz stammt von einer neueren Galley-Version; aktualisieren Sie Galley.</translation>
    </message>
    <message>
        <source>unknown template &apos;%1&apos;; expected one of: %2.</source>
        <translation>unbekannte Vorlage „%1“; erwartet wird eine von: %2.</translation>
    </message>
</context>
<context>
    <name>galley::TextDecoding</name>
    <message>
        <source>This is not a text file (it is mostly control characters). Choose the Markdown file of the issue instead.</source>
        <translation>Das ist keine Textdatei (sie besteht großteils aus Steuerzeichen). Wählen Sie stattdessen die Markdown-Datei der Ausgabe.</translation>
    </message>
    <message>
        <source>The file looks like UTF-16 text but is damaged.</source>
        <translation>Die Datei sieht nach UTF-16-Text aus, ist aber beschädigt.</translation>
    </message>
    <message>
        <source>This is not a text file: it contains a NUL byte (at byte %1). Choose the Markdown file of the issue instead.</source>
        <translation>Das ist keine Textdatei: Sie enthält ein NUL-Byte (bei Byte %1). Wählen Sie stattdessen die Markdown-Datei der Ausgabe.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8; it was read as Windows-1252 (Western European). Check accented characters.</source>
        <translation>Die Datei ist kein gültiges UTF-8; sie wurde als Windows-1252 (westeuropäisch) gelesen. Prüfen Sie Umlaute und Sonderzeichen.</translation>
    </message>
    <message numerus="yes">
        <source>The file holds %n control character(s) (such as a terminal&apos;s escape codes); they were replaced by ‘�’. Check this line.</source>
        <translation>
            <numerusform>Die Datei enthält %n Steuerzeichen (etwa die Escape-Codes eines Terminals); es wurde durch ‘�’ ersetzt. Prüfen Sie diese Zeile.</numerusform>
            <numerusform>Die Datei enthält %n Steuerzeichen (etwa die Escape-Codes eines Terminals); sie wurden durch ‘�’ ersetzt. Prüfen Sie diese Zeile.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::cli::BackupCommand</name>
    <message>
        <source>Write a consistent copy of the store to OUT, even while the editor is using it.</source>
        <translation>Schreibt eine konsistente Kopie der Datenbank nach OUT, auch während der Editor sie nutzt.</translation>
    </message>
    <message>
        <source>The backup file to write (replaced if it exists).</source>
        <translation>Die zu schreibende Sicherungsdatei (wird ersetzt, falls vorhanden).</translation>
    </message>
    <message>
        <source>galley backup: name the file to write. Try &apos;galley backup --help&apos;.</source>
        <translation>galley backup: Geben Sie die zu schreibende Datei an. Siehe &apos;galley backup --help&apos;.</translation>
    </message>
    <message>
        <source>Copy the store to a file, safely while it is in use.</source>
        <translation>Datenbank sicher in eine Datei kopieren, auch im laufenden Betrieb.</translation>
    </message>
</context>
<context>
    <name>galley::cli::CheckCommand</name>
    <message>
        <source>Check an issue before it goes out: empty sections, sponsor slots, leftover placeholders and TK, links featured before, broken links, title, subject and size. Exit code 0: clean, 1: problems found.</source>
        <translation>Prüft eine Ausgabe vor dem Versand: leere Rubriken, Sponsorplätze, übrig gebliebene Platzhalter und TK, schon einmal gebrachte Links, kaputte Links, Titel, Betreff und Größe. Exit-Code 0: alles in Ordnung, 1: Probleme gefunden.</translation>
    </message>
    <message>
        <source>The issue&apos;s Markdown file.</source>
        <translation>Die Markdown-Datei der Ausgabe.</translation>
    </message>
    <message>
        <source>draft %1</source>
        <translation>Entwurf %1</translation>
    </message>
    <message>
        <source>%1: ready to send.</source>
        <translation>%1: bereit zum Versand.</translation>
    </message>
    <message>
        <source>Check an issue (file or --draft ID) before it goes out.</source>
        <translation>Ausgabe (Datei oder --draft ID) vor dem Versand prüfen.</translation>
    </message>
    <message>
        <source>Also check that every link answers (on the network; results are cached in the store). A broken link makes the exit code 1.</source>
        <translation>Auch prüfen, ob jeder Link antwortet (im Netz; die Ergebnisse werden im Speicher zwischengespeichert). Ein defekter Link ergibt den Exit-Code 1.</translation>
    </message>
    <message>
        <source>With --links: check the links of every sent issue instead of one issue.</source>
        <translation>Mit --links: die Links aller verschickten Ausgaben prüfen statt einer Ausgabe.</translation>
    </message>
    <message>
        <source>With --archive: only issues dated DATE or later.</source>
        <translation>Mit --archive: nur Ausgaben ab dem Datum DATE.</translation>
    </message>
    <message>
        <source>galley check: --archive checks links; add --links.</source>
        <translation>galley check: --archive prüft Links; --links ergänzen.</translation>
    </message>
    <message>
        <source>Checking links: %1 of %2</source>
        <translation>Links werden geprüft: %1 von %2</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>undatiert</translation>
    </message>
    <message>
        <source>#%1 &quot;%2&quot; (%3)</source>
        <translation>#%1 „%2“ (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>galley check: --since needs a date like 2025-01-31.</source>
        <translation>galley check: --since braucht ein Datum wie 2025-01-31.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message numerus="yes">
        <source>Links not checked: offline (%n link(s)).</source>
        <translation>
            <numerusform>Links nicht geprüft: offline (%n Link).</numerusform>
            <numerusform>Links nicht geprüft: offline (%n Links).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 links in %2 issues: %3 broken (%4 answered from the cache).</source>
        <translation>%1 Links in %2 Ausgaben: %3 defekt (%4 aus dem Cache beantwortet).</translation>
    </message>
    <message>
        <source>Also note the inbox&apos;s links that have waited longer than WEEKS weeks (a note, not a problem; the setting inbox.remindWeeks asks for it every time).</source>
        <translation>Auch die Links im Eingang nennen, die länger als WEEKS Wochen warten (ein Hinweis, kein Problem; die Einstellung inbox.remindWeeks verlangt es jedes Mal).</translation>
    </message>
    <message>
        <source>galley check: --inbox-weeks takes a number of weeks (1 or more), not &quot;%1&quot;.</source>
        <translation>galley check: --inbox-weeks erwartet eine Anzahl Wochen (1 oder mehr), nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>galley::cli::Command</name>
    <message>
        <source>Use the store at PATH instead of the default (also: the GALLEY_DB environment variable).</source>
        <translation>Die Datenbank unter PATH statt der Standarddatenbank verwenden (auch: Umgebungsvariable GALLEY_DB).</translation>
    </message>
    <message>
        <source>Try &apos;galley %1 --help&apos;.</source>
        <translation>Siehe &apos;galley %1 --help&apos;.</translation>
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
Jeder Befehl versteht --db PATH (oder die Umgebungsvariable GALLEY_DB) und --help.
Exit-Codes: 0 Erfolg, 1 Probleme gefunden, 2 Aufruffehler oder unlesbare Eingabe.
</translation>
    </message>
    <message>
        <source>galley: &apos;%1&apos; is not a command. Try &apos;galley --help&apos;.</source>
        <translation>galley: &apos;%1&apos; ist kein Befehl. Siehe &apos;galley --help&apos;.</translation>
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
        <translation>Aufruf: galley [--db PATH] [--new-window] [DATEI.md...]
        galley BEFEHL [OPTIONEN]
        galley --self-test

Galley ist ein Editor für kuratierte wöchentliche Newsletter. Ohne Befehl
öffnet es das Editorfenster und importiert jede angegebene DATEI.md als neuen
Entwurf; mit einem Befehl arbeitet es auf der Kommandozeile. Ist für dieselbe
Datenbank bereits ein Editor geöffnet, gehen die Dateien an dessen Fenster;
--new-window öffnet trotzdem ein weiteres Fenster.

--self-test startet das Editorfenster mit einer temporären Datenbank, prüft,
ob sich die Datenbank öffnen lässt und die Vorschau erscheint, und beendet
sich (0 bestanden, 1 fehlgeschlagen).

Befehle:
</translation>
    </message>
</context>
<context>
    <name>galley::cli::DocumentArgument</name>
    <message>
        <source>Use the stored issue with this id (see &apos;galley list&apos;) instead of a file.</source>
        <translation>Die gespeicherte Ausgabe mit dieser ID (siehe &apos;galley list&apos;) statt einer Datei verwenden.</translation>
    </message>
    <message>
        <source>galley %1: name either a file or --draft ID, not both.</source>
        <translation>galley %1: Geben Sie entweder eine Datei oder --draft ID an, nicht beides.</translation>
    </message>
    <message>
        <source>galley %1: --draft takes an issue id (a number, as &apos;galley list&apos; shows it).</source>
        <translation>galley %1: --draft erwartet die ID einer Ausgabe (eine Zahl, wie &apos;galley list&apos; sie zeigt).</translation>
    </message>
    <message>
        <source>stored issue %1</source>
        <translation>gespeicherte Ausgabe %1</translation>
    </message>
    <message>
        <source>galley %1: name exactly one issue file. Try &apos;galley %1 --help&apos;.</source>
        <translation>galley %1: Geben Sie genau eine Ausgabendatei an. Siehe &apos;galley %1 --help&apos;.</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
</context>
<context>
    <name>galley::cli::ExportCommand</name>
    <message>
        <source>Render an issue file (or a stored draft) as the email (HTML, plain text or .eml), Markdown or the HTML fragment.</source>
        <translation>Gibt eine Ausgabendatei (oder einen gespeicherten Entwurf) als E-Mail (HTML, Nur-Text oder .eml), als Markdown oder als HTML-Fragment aus.</translation>
    </message>
    <message>
        <source>The issue&apos;s Markdown file.</source>
        <translation>Die Markdown-Datei der Ausgabe.</translation>
    </message>
    <message>
        <source>Output format: %1.</source>
        <translation>Ausgabeformat: %1.</translation>
    </message>
    <message>
        <source>Write to OUT (atomically) instead of standard output.</source>
        <translation>Nach OUT schreiben (atomar) statt auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>The mailing service whose unsubscribe and view-online merge tags the email carries: %1 (default: the store&apos;s setting for --draft, else mailchimp).</source>
        <translation>Der Versanddienst, dessen Merge-Tags für Abbestellen und Webansicht die E-Mail enthält: %1 (Standard: die Einstellung der Datenbank bei --draft, sonst mailchimp).</translation>
    </message>
    <message>
        <source>galley export: unknown format &apos;%1&apos;; use one of: %2.</source>
        <translation>galley export: unbekanntes Format &apos;%1&apos;; möglich sind: %2.</translation>
    </message>
    <message>
        <source>galley export: unknown preset &apos;%1&apos;; use one of: %2.</source>
        <translation>galley export: unbekannte Vorgabe &apos;%1&apos;; möglich sind: %2.</translation>
    </message>
    <message>
        <source>galley export: cannot write to standard output: %1.</source>
        <translation>galley export: Schreiben auf die Standardausgabe nicht möglich: %1.</translation>
    </message>
    <message>
        <source>Render an issue as fragment, html, markdown, text or eml.</source>
        <translation>Ausgabe als fragment, html, markdown, text oder eml ausgeben.</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
</context>
<context>
    <name>galley::cli::ImportCommand</name>
    <message>
        <source>Importing: %1 of %2 files</source>
        <translation>Importiere: %1 von %2 Dateien</translation>
    </message>
    <message>
        <source>Issue files or folders of them.</source>
        <translation>Ausgabendateien oder Ordner mit solchen.</translation>
    </message>
    <message>
        <source>galley import: name the files or folders to import. Try &apos;galley import --help&apos;.</source>
        <translation>galley import: Geben Sie die zu importierenden Dateien oder Ordner an. Siehe &apos;galley import --help&apos;.</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>Import back issues from files and folders into the store.</source>
        <translation>Frühere Ausgaben aus Dateien und Ordnern in die Datenbank importieren.</translation>
    </message>
    <message>
        <source>%1: its issue number belongs to a draft or scheduled issue (id %2), which was left as it was; the file was imported as a new draft (id %3) beside it.</source>
        <translation>%1: Die Ausgabennummer gehört zu einem Entwurf oder einer geplanten Ausgabe (ID %2), die unverändert blieb; die Datei wurde als neuer Entwurf (ID %3) daneben importiert.</translation>
    </message>
    <message>
        <source>Import back issues from files and folders (recursively: *.md, *.markdown, *.txt) as archived issues. In a folder, only files whose front matter has a date or an issue number are issues; the others (a README) are skipped, each named with the reason. Running it again imports nothing twice: unchanged issues are skipped, changed archived ones updated with a revision. A draft or scheduled issue is never replaced: a file with its number becomes a new draft beside it.</source>
        <translation>Importiert frühere Ausgaben aus Dateien und Ordnern (rekursiv: *.md, *.markdown, *.txt) als archivierte Ausgaben. In einem Ordner sind nur Dateien Ausgaben, deren Front Matter ein Datum oder eine Ausgabennummer hat; die anderen (etwa eine README) werden übersprungen und jeweils mit dem Grund genannt. Ein erneuter Aufruf importiert nichts doppelt: Unveränderte Ausgaben werden übersprungen, geänderte archivierte mit einer neuen Version aktualisiert. Ein Entwurf oder eine geplante Ausgabe wird nie ersetzt: Eine Datei mit ihrer Nummer wird ein neuer Entwurf daneben.</translation>
    </message>
    <message>
        <source>%1: skipped: %2</source>
        <translation>%1: übersprungen: %2</translation>
    </message>
    <message>
        <source>Imported %1 new, %2 updated, %3 unchanged, %4 as new drafts, %5 skipped, %6 failed.</source>
        <translation>Importiert: %1 neu, %2 aktualisiert, %3 unverändert, %4 als neue Entwürfe, %5 übersprungen, %6 fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>galley::cli::InboxCommand</name>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>used in #%1</source>
        <translation>verwendet in #%1</translation>
    </message>
    <message>
        <source>used</source>
        <translation>verwendet</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>already in the inbox; note added</source>
        <translation>schon im Eingang; Notiz ergänzt</translation>
    </message>
    <message>
        <source>already in the inbox (%1); note added</source>
        <translation>schon im Eingang (%1); Notiz ergänzt</translation>
    </message>
    <message numerus="yes">
        <source>%n new link(s) in the inbox.</source>
        <translation>
            <numerusform>%n neuer Link im Eingang.</numerusform>
            <numerusform>%n neue Links im Eingang.</numerusform>
        </translation>
    </message>
    <message>
        <source>galley inbox: &apos;%1&apos; is not a web address (http or https); nothing was added.</source>
        <translation>galley inbox: &apos;%1&apos; ist keine Webadresse (http oder https); es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>The inbox is empty.</source>
        <translation>Der Eingang ist leer.</translation>
    </message>
    <message>
        <source>No new link in the inbox (&apos;--all&apos; also lists those used or dismissed).</source>
        <translation>Kein neuer Link im Eingang (&apos;--all&apos; listet auch verwendete und verworfene).</translation>
    </message>
    <message>
        <source>galley inbox: remove takes item numbers, as &apos;galley inbox list&apos; shows them.</source>
        <translation>galley inbox: remove erwartet Eintragsnummern, wie &apos;galley inbox list&apos; sie zeigt.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n item(s) from the inbox.</source>
        <translation>
            <numerusform>%n Eintrag aus dem Eingang entfernt.</numerusform>
            <numerusform>%n Einträge aus dem Eingang entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The link inbox: links collected during the week, to triage into the next issue.
  add URL...    capture links (the same link twice stays one item; its note is added)
  list          the new links (--all: also those used or dismissed)
  remove ID...  remove items for good
  import FILE   capture every entry of an RSS or Atom feed, or every link of a bookmarks file exported from a browser</source>
        <translation>Der Link-Eingang: während der Woche gesammelte Links, die in die nächste Ausgabe einsortiert werden.
  add URL...    Links erfassen (derselbe Link zweimal bleibt ein Eintrag; seine Notiz wird ergänzt)
  list          die neuen Links (--all: auch verwendete und verworfene)
  remove ID...  Einträge endgültig entfernen
  import FILE   jeden Eintrag eines RSS- oder Atom-Feeds oder jeden Link einer aus einem Browser exportierten Lesezeichendatei erfassen</translation>
    </message>
    <message>
        <source>add, list, remove or import</source>
        <translation>add, list, remove oder import</translation>
    </message>
    <message>
        <source>With add or import: a note to keep with the links.</source>
        <translation>Mit add oder import: eine Notiz, die bei den Links bleibt.</translation>
    </message>
    <message>
        <source>With add or import: the section the links are meant for.</source>
        <translation>Mit add oder import: die Rubrik, für die die Links gedacht sind.</translation>
    </message>
    <message>
        <source>With list: also the links used or dismissed.</source>
        <translation>Mit list: auch die verwendeten und verworfenen Links.</translation>
    </message>
    <message>
        <source>galley inbox: say &apos;add URL...&apos;, &apos;list&apos;, &apos;remove ID...&apos; or &apos;import FILE&apos;. Try &apos;galley inbox --help&apos;.</source>
        <translation>galley inbox: Geben Sie &apos;add URL...&apos;, &apos;list&apos;, &apos;remove ID...&apos; oder &apos;import FILE&apos; an. Siehe &apos;galley inbox --help&apos;.</translation>
    </message>
    <message>
        <source>galley inbox: --note and --section go with &apos;add&apos; and &apos;import&apos;.</source>
        <translation>galley inbox: --note und --section gehören zu &apos;add&apos; und &apos;import&apos;.</translation>
    </message>
    <message>
        <source>galley inbox: --all goes with &apos;list&apos;.</source>
        <translation>galley inbox: --all gehört zu &apos;list&apos;.</translation>
    </message>
    <message>
        <source>Collect links for the next issue: add, list, remove, import.</source>
        <translation>Links für die nächste Ausgabe sammeln: add, list, remove, import.</translation>
    </message>
</context>
<context>
    <name>galley::cli::LinksCommand</name>
    <message>
        <source>Show the issues that featured a link. Links compare without http/https, www., a trailing slash, the fragment or utm_* parameters.</source>
        <translation>Zeigt die Ausgaben, die einen Link gebracht haben. Links werden ohne http/https, www., abschließenden Schrägstrich, Fragment und utm_*-Parameter verglichen.</translation>
    </message>
    <message>
        <source>The link to look up.</source>
        <translation>Der nachzuschlagende Link.</translation>
    </message>
    <message>
        <source>galley links: name exactly one URL. Try &apos;galley links --help&apos;.</source>
        <translation>galley links: Geben Sie genau eine URL an. Siehe &apos;galley links --help&apos;.</translation>
    </message>
    <message>
        <source>No stored issue has this link.</source>
        <translation>Keine gespeicherte Ausgabe enthält diesen Link.</translation>
    </message>
    <message>
        <source>[sponsor]</source>
        <translation>[Sponsor]</translation>
    </message>
    <message>
        <source>Show the issues that featured a link.</source>
        <translation>Ausgaben zeigen, die einen Link gebracht haben.</translation>
    </message>
    <message>
        <source>Waiting in the inbox since %1 (item %2).</source>
        <translation>Wartet seit %1 im Eingang (Eintrag %2).</translation>
    </message>
</context>
<context>
    <name>galley::cli::ListCommand</name>
    <message>
        <source>List the issues in the store, newest first.</source>
        <translation>Listet die Ausgaben in der Datenbank auf, die neueste zuerst.</translation>
    </message>
    <message>
        <source>galley list: takes no arguments. Try &apos;galley list --help&apos;.</source>
        <translation>galley list: erwartet keine Argumente. Siehe &apos;galley list --help&apos;.</translation>
    </message>
    <message>
        <source>List the stored issues, newest first.</source>
        <translation>Gespeicherte Ausgaben auflisten, die neueste zuerst.</translation>
    </message>
</context>
<context>
    <name>galley::cli::MigrateCommand</name>
    <message>
        <source>Copy a whole store into a new one, between a SQLite file and a PostgreSQL schema (in either direction, or file to file): every issue with its revisions, links, settings, the inbox, link checks, test emails and spelling words, with their ids. The search index is rebuilt. The copy is checked before it is kept: each table&apos;s row count and checksum must match the original&apos;s. The original is only read, never changed; the target must be new (missing, empty, or a store without any rows).</source>
        <translation>Einen ganzen Speicher in einen neuen kopieren, zwischen einer SQLite-Datei und einem PostgreSQL-Schema (in beide Richtungen oder von Datei zu Datei): jede Ausgabe mit ihren Revisionen, Links, Einstellungen, der Eingang, Linkprüfungen, Test-E-Mails und Rechtschreibwörter, mit ihren IDs. Der Suchindex wird neu aufgebaut. Die Kopie wird geprüft, bevor sie behalten wird: Zeilenzahl und Prüfsumme jeder Tabelle müssen denen des Originals entsprechen. Das Original wird nur gelesen, nie verändert; das Ziel muss neu sein (fehlend, leer oder ein Speicher ohne Zeilen).</translation>
    </message>
    <message>
        <source>The new store to write: a file, or a postgresql:// URL.</source>
        <translation>Der neue Speicher, der geschrieben wird: eine Datei oder eine postgresql://-Adresse.</translation>
    </message>
    <message>
        <source>Copying %1: %2 of %3 rows</source>
        <translation>Kopiere %1: %2 von %3 Zeilen</translation>
    </message>
    <message>
        <source>Copied %1 rows in %2 tables; every table&apos;s row count and checksum match the original. Search index rebuilt for %3 issues.</source>
        <translation>%1 Zeilen in %2 Tabellen kopiert; Zeilenzahl und Prüfsumme jeder Tabelle stimmen mit dem Original überein. Suchindex für %3 Ausgaben neu aufgebaut.</translation>
    </message>
    <message>
        <source>Copy the whole store into a new one (SQLite or PostgreSQL), checked.</source>
        <translation>Den ganzen Speicher geprüft in einen neuen kopieren (SQLite oder PostgreSQL).</translation>
    </message>
    <message>
        <source>The store to copy: a file, or postgresql://[user@]host[:port]/db (default: the store --db or GALLEY_DB names, else the default store).</source>
        <translation>Der zu kopierende Speicher: eine Datei oder postgresql://[user@]host[:port]/db (Vorgabe: der Speicher, den --db oder GALLEY_DB nennt, sonst der Standardspeicher).</translation>
    </message>
    <message>
        <source>galley migrate: name the new store with --to (and the store to copy with --from). Try &apos;galley migrate --help&apos;.</source>
        <translation>galley migrate: Nennen Sie den neuen Speicher mit --to (und den zu kopierenden Speicher mit --from). Siehe &apos;galley migrate --help&apos;.</translation>
    </message>
</context>
<context>
    <name>galley::cli::NewCommand</name>
    <message>
        <source>Create the next issue&apos;s draft in the store: number, date, title, sponsor slots and sections continue the archive.</source>
        <translation>Legt den Entwurf der nächsten Ausgabe in der Datenbank an: Nummer, Datum, Titel, Sponsorplätze und Rubriken setzen das Archiv fort.</translation>
    </message>
    <message>
        <source>Use issue number N instead of the latest + 1.</source>
        <translation>Nummer N statt der letzten + 1 verwenden.</translation>
    </message>
    <message>
        <source>Use this publication date instead of the next one.</source>
        <translation>Dieses Erscheinungsdatum statt des nächsten verwenden.</translation>
    </message>
    <message>
        <source>galley new: takes no file; see &apos;galley new --help&apos;.</source>
        <translation>galley new: erwartet keine Datei; siehe &apos;galley new --help&apos;.</translation>
    </message>
    <message>
        <source>galley new: --number takes a whole number of 1 or more.</source>
        <translation>galley new: --number erwartet eine ganze Zahl ab 1.</translation>
    </message>
    <message>
        <source>galley new: --date takes a date such as 2025-01-26.</source>
        <translation>galley new: --date erwartet ein Datum wie 2025-01-26.</translation>
    </message>
    <message>
        <source>Created draft %1: %2 (%3)</source>
        <translation>Entwurf %1 angelegt: %2 (%3)</translation>
    </message>
    <message>
        <source>No sponsor is booked: the sponsor slots say TK.</source>
        <translation>Kein Sponsor gebucht: In den Sponsorplätzen steht TK.</translation>
    </message>
    <message>
        <source>Create the next issue&apos;s draft from the archive and templates.</source>
        <translation>Entwurf der nächsten Ausgabe aus Archiv und Vorlagen anlegen.</translation>
    </message>
</context>
<context>
    <name>galley::cli::PasswordSource</name>
    <message>
        <source>the keyring holds none</source>
        <translation>der Schlüsselbund enthält keins</translation>
    </message>
    <message>
        <source>no keyring: %1</source>
        <translation>kein Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>no password for %1 on %2 (%3): set GALLEY_SMTP_PASSWORD, or save the password in the keyring from Preferences ▸ Sending.</source>
        <translation>kein Passwort für %1 auf %2 (%3): Setzen Sie GALLEY_SMTP_PASSWORD oder speichern Sie das Passwort unter Einstellungen ▸ Versand im Schlüsselbund.</translation>
    </message>
</context>
<context>
    <name>galley::cli::PublishCommand</name>
    <message>
        <source>Publishing: %1 of %2 issues rendered</source>
        <translation>Veröffentlichen: %1 von %2 Ausgaben gerendert</translation>
    </message>
    <message>
        <source>galley publish: --per-page takes a number from 1 to %1.</source>
        <translation>galley publish: --per-page erwartet eine Zahl von 1 bis %1.</translation>
    </message>
    <message>
        <source>galley publish: --view-online takes &apos;site&apos; or &apos;merge-tag&apos;.</source>
        <translation>galley publish: --view-online erwartet „site“ oder „merge-tag“.</translation>
    </message>
    <message>
        <source>Publish every sent issue as a static website in OUTDIR: index pages, one page per issue, an Atom feed (feed.xml), a sitemap and a page of every link featured. Only changed files are written; files Galley wrote that no longer belong to the site are removed, and no other file.</source>
        <translation>Veröffentlicht jede versendete Ausgabe als statische Website in OUTDIR: Übersichtsseiten, eine Seite pro Ausgabe, einen Atom-Feed (feed.xml), eine Sitemap und eine Seite aller vorgestellten Links. Nur geänderte Dateien werden geschrieben; von Galley geschriebene Dateien, die nicht mehr zur Website gehören, werden entfernt, und keine andere Datei.</translation>
    </message>
    <message>
        <source>The site&apos;s folder.</source>
        <translation>Der Ordner der Website.</translation>
    </message>
    <message>
        <source>The http(s) address the site is served from. This and the options below are kept in the store for the next publish.</source>
        <translation>Die http(s)-Adresse, unter der die Website erreichbar ist. Diese und die folgenden Optionen werden für das nächste Veröffentlichen in der Datenbank gespeichert.</translation>
    </message>
    <message>
        <source>The site&apos;s title (default: the newsletter&apos;s name).</source>
        <translation>Der Titel der Website (Standard: der Name des Newsletters).</translation>
    </message>
    <message>
        <source>The site&apos;s description, under the title and in the feed.</source>
        <translation>Die Beschreibung der Website, unter dem Titel und im Feed.</translation>
    </message>
    <message>
        <source>Issues per index page (default 10).</source>
        <translation>Ausgaben pro Übersichtsseite (Standard 10).</translation>
    </message>
    <message>
        <source>Where an issue&apos;s page goes: a path with {number}, {slug}, {year}, {month}, {day} (default: issues/{number}).</source>
        <translation>Wohin die Seite einer Ausgabe kommt: ein Pfad mit {number}, {slug}, {year}, {month}, {day} (Standard: issues/{number}).</translation>
    </message>
    <message>
        <source>&apos;site&apos;: the email&apos;s View online link goes to the issue&apos;s page on this site; &apos;merge-tag&apos;: to the mailing service&apos;s archive (the default).</source>
        <translation>„site“: Der Link „Im Browser ansehen“ der E-Mail führt zur Seite der Ausgabe auf dieser Website; „merge-tag“: zum Archiv des Versanddienstes (Standard).</translation>
    </message>
    <message>
        <source>Publish into a folder that is not empty and holds no Galley site.</source>
        <translation>In einen Ordner veröffentlichen, der nicht leer ist und keine Galley-Website enthält.</translation>
    </message>
    <message>
        <source>galley publish: name exactly one OUTDIR. Try &apos;galley publish --help&apos;.</source>
        <translation>galley publish: Nennen Sie genau ein OUTDIR. Siehe „galley publish --help“.</translation>
    </message>
    <message numerus="yes">
        <source>Published %n issue(s) to %1: </source>
        <translation>
            <numerusform>%n Ausgabe nach %1 veröffentlicht: </numerusform>
            <numerusform>%n Ausgaben nach %1 veröffentlicht: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written, </source>
        <translation>
            <numerusform>%n Datei geschrieben, </numerusform>
            <numerusform>%n Dateien geschrieben, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged, </source>
        <translation>
            <numerusform>%n unverändert, </numerusform>
            <numerusform>%n unverändert, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed.</source>
        <translation>
            <numerusform>%n entfernt.</numerusform>
            <numerusform>%n entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish the sent issues as a static website with a feed.</source>
        <translation>Die versendeten Ausgaben als statische Website mit Feed veröffentlichen.</translation>
    </message>
</context>
<context>
    <name>galley::cli::SearchCommand</name>
    <message>
        <source>Search titles and bodies of the stored issues; best matches first. Every word must occur, each also as the start of a longer word.</source>
        <translation>Durchsucht Titel und Text der gespeicherten Ausgaben; die besten Treffer zuerst. Jedes Wort muss vorkommen, auch als Anfang eines längeren Worts.</translation>
    </message>
    <message>
        <source>The words to look for.</source>
        <translation>Die gesuchten Wörter.</translation>
    </message>
    <message>
        <source>Show at most N hits (default 20).</source>
        <translation>Höchstens N Treffer zeigen (Standard: 20).</translation>
    </message>
    <message>
        <source>galley search: give the words to look for (and a positive --limit). Try &apos;galley search --help&apos;.</source>
        <translation>galley search: Geben Sie die gesuchten Wörter an (und ein positives --limit). Siehe &apos;galley search --help&apos;.</translation>
    </message>
    <message>
        <source>Full-text search over the stored issues.</source>
        <translation>Volltextsuche in den gespeicherten Ausgaben.</translation>
    </message>
</context>
<context>
    <name>galley::cli::SendTestCommand</name>
    <message>
        <source>unknown security &apos;%1&apos;; use starttls, tls or none.</source>
        <translation>unbekannte Sicherheit „%1“; verwenden Sie starttls, tls oder none.</translation>
    </message>
    <message>
        <source>Send an issue file (or a stored draft) as a test email: the message &apos;galley export --to eml&apos; writes, &quot;[TEST]&quot; before its subject, to at most %1 addresses. The password comes from GALLEY_SMTP_PASSWORD or the keyring. Exit code 0: sent; 1: not sent (the server or the network said no); 2: usage.</source>
        <translation>Eine Ausgabedatei (oder einen gespeicherten Entwurf) als Test-E-Mail senden: die Nachricht, die „galley export --to eml“ schreibt, mit „[TEST]“ vor dem Betreff, an höchstens %1 Adressen. Das Passwort kommt aus GALLEY_SMTP_PASSWORD oder dem Schlüsselbund. Exit-Code 0: gesendet; 1: nicht gesendet (Server oder Netzwerk lehnten ab); 2: Aufruf.</translation>
    </message>
    <message>
        <source>The issue&apos;s Markdown file.</source>
        <translation>Die Markdown-Datei der Ausgabe.</translation>
    </message>
    <message>
        <source>A test recipient (repeat for more; default: Preferences ▸ Sending).</source>
        <translation>Ein Testempfänger (für mehrere wiederholen; Vorgabe: Einstellungen ▸ Versand).</translation>
    </message>
    <message>
        <source>The server: smtp://[user@]host[:port] (STARTTLS) or smtps://... (TLS); default: Preferences ▸ Sending.</source>
        <translation>Der Server: smtp://[benutzer@]host[:port] (STARTTLS) oder smtps://... (TLS); Vorgabe: Einstellungen ▸ Versand.</translation>
    </message>
    <message>
        <source>starttls, tls or none (none only to localhost, 127.0.0.1 or ::1).</source>
        <translation>starttls, tls oder none (none nur an localhost, 127.0.0.1 oder ::1).</translation>
    </message>
    <message>
        <source>Accept the server&apos;s certificate with this SHA-256 fingerprint, although no authority vouches for it (a self-signed server).</source>
        <translation>Das Serverzertifikat mit diesem SHA-256-Fingerabdruck annehmen, obwohl keine Zertifizierungsstelle dafür bürgt (ein selbst signierter Server).</translation>
    </message>
    <message>
        <source>Send the subject without &quot;[TEST]&quot;.</source>
        <translation>Den Betreff ohne „[TEST]“ senden.</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 30).</source>
        <translation>Nach so vielen Sekunden aufgeben (Vorgabe 30).</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds between 0 and 600.</source>
        <translation>--timeout erwartet eine Zahl von Sekunden zwischen 0 und 600.</translation>
    </message>
    <message>
        <source>warning: the test was sent but not recorded in the history: %1</source>
        <translation>Warnung: Der Test wurde gesendet, aber nicht im Verlauf festgehalten: %1</translation>
    </message>
    <message>
        <source>Sent &quot;%1&quot; to %2 through %3.</source>
        <translation>„%1“ an %2 über %3 gesendet.</translation>
    </message>
    <message>
        <source>Send an issue as a test email over SMTP.</source>
        <translation>Eine Ausgabe als Test-E-Mail über SMTP senden.</translation>
    </message>
</context>
<context>
    <name>galley::cli::SettingsCommand</name>
    <message>
        <source>Show the store&apos;s settings that are one number each, or change one: &apos;galley settings KEY VALUE&apos;.</source>
        <translation>Die Einstellungen des Speichers zeigen, die je eine Zahl sind, oder eine ändern: &apos;galley settings KEY VALUE&apos;.</translation>
    </message>
    <message>
        <source>The setting to show or change.</source>
        <translation>Die Einstellung, die gezeigt oder geändert wird.</translation>
    </message>
    <message>
        <source>Its new value.</source>
        <translation>Ihr neuer Wert.</translation>
    </message>
    <message>
        <source>galley settings: give at most a key and a value. Try &apos;galley settings --help&apos;.</source>
        <translation>galley settings: Geben Sie höchstens einen Schlüssel und einen Wert an. Siehe &apos;galley settings --help&apos;.</translation>
    </message>
    <message>
        <source>galley settings: there is no setting &quot;%1&quot;; there are: %2.</source>
        <translation>galley settings: Es gibt keine Einstellung „%1“; es gibt: %2.</translation>
    </message>
    <message>
        <source>galley settings: %1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>galley settings: %1 erwartet eine ganze Zahl von %2 bis %3, nicht „%4“.</translation>
    </message>
    <message>
        <source>(the default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>Show or change the store&apos;s numeric settings.</source>
        <translation>Die Zahlen-Einstellungen des Speichers zeigen oder ändern.</translation>
    </message>
</context>
<context>
    <name>galley::cli::ShowCommand</name>
    <message>
        <source>Print a stored issue&apos;s document (front matter and Markdown).</source>
        <translation>Gibt das Dokument einer gespeicherten Ausgabe aus (Front Matter und Markdown).</translation>
    </message>
    <message>
        <source>The issue&apos;s id, as &apos;galley list&apos; shows it.</source>
        <translation>Die ID der Ausgabe, wie &apos;galley list&apos; sie zeigt.</translation>
    </message>
    <message>
        <source>Print a stored issue&apos;s document.</source>
        <translation>Dokument einer gespeicherten Ausgabe ausgeben.</translation>
    </message>
</context>
<context>
    <name>galley::cli::SpellCommand</name>
    <message>
        <source>Check an issue&apos;s spelling with the newsletter&apos;s dictionary, its personal words and the archive&apos;s vocabulary. Exit code 0: no unknown words, 1: some found.</source>
        <translation>Prüft die Rechtschreibung einer Ausgabe mit dem Wörterbuch des Newsletters, seinen eigenen Wörtern und dem Wortschatz des Archivs. Exit-Code 0: keine unbekannten Wörter, 1: welche gefunden.</translation>
    </message>
    <message>
        <source>The issue&apos;s Markdown file.</source>
        <translation>Die Markdown-Datei der Ausgabe.</translation>
    </message>
    <message>
        <source>Check in this language (en, en-GB, de, fr, ...) instead of the issue&apos;s or the newsletter&apos;s.</source>
        <translation>In dieser Sprache prüfen (en, en-GB, de, fr, …) statt in der der Ausgabe oder des Newsletters.</translation>
    </message>
    <message>
        <source>draft %1</source>
        <translation>Entwurf %1</translation>
    </message>
    <message>
        <source>%1: no unknown words (%2).</source>
        <translation>%1: keine unbekannten Wörter (%2).</translation>
    </message>
    <message>
        <source>List an issue&apos;s unknown words (file or --draft ID).</source>
        <translation>Listet die unbekannten Wörter einer Ausgabe auf (Datei oder --draft ID).</translation>
    </message>
    <message>
        <source>galley spell: give one word, without spaces.</source>
        <translation>galley spell: ein Wort angeben, ohne Leerzeichen.</translation>
    </message>
    <message>
        <source>galley spell: “%1” is not in the personal dictionary (%2).</source>
        <translation>galley spell: „%1“ steht nicht im persönlichen Wörterbuch (%2).</translation>
    </message>
    <message>
        <source>“%1” is in the personal dictionary (%2).</source>
        <translation>„%1“ steht im persönlichen Wörterbuch (%2).</translation>
    </message>
    <message>
        <source>“%1” was removed from the personal dictionary (%2).</source>
        <translation>„%1“ wurde aus dem persönlichen Wörterbuch entfernt (%2).</translation>
    </message>
    <message>
        <source>List the personal dictionary&apos;s words (of --lang, else of the newsletter&apos;s spelling language).</source>
        <translation>Die Wörter des persönlichen Wörterbuchs auflisten (der Sprache von --lang, sonst der Rechtschreibsprache des Newsletters).</translation>
    </message>
    <message>
        <source>Add a word to the personal dictionary.</source>
        <translation>Ein Wort ins persönliche Wörterbuch aufnehmen.</translation>
    </message>
    <message>
        <source>Remove a word from the personal dictionary.</source>
        <translation>Ein Wort aus dem persönlichen Wörterbuch entfernen.</translation>
    </message>
    <message>
        <source>galley spell: --words, --add-word and --remove-word go alone, without a file.</source>
        <translation>galley spell: --words, --add-word und --remove-word stehen allein, ohne Datei.</translation>
    </message>
</context>
<context>
    <name>galley::cli::SponsorsCommand</name>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n Ausgabe</numerusform>
            <numerusform>%n Ausgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>The sponsor library is empty; &apos;galley sponsors import-archive&apos; offers the archive&apos;s sponsors.</source>
        <translation>Die Sponsorenbibliothek ist leer; &apos;galley sponsors import-archive&apos; bietet die Sponsoren des Archivs an.</translation>
    </message>
    <message>
        <source>No sponsor block was found in the archive&apos;s sent issues.</source>
        <translation>In den versandten Ausgaben des Archivs wurde kein Sponsorenblock gefunden.</translation>
    </message>
    <message>
        <source>would be added</source>
        <translation>würde hinzugefügt</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>already in the library</source>
        <translation>schon in der Bibliothek</translation>
    </message>
    <message numerus="yes">
        <source>Would add %n sponsor(s) to the library (a dry run: nothing was written).</source>
        <translation>
            <numerusform>Würde %n Sponsor zur Bibliothek hinzufügen (Probelauf: nichts wurde geschrieben).</numerusform>
            <numerusform>Würde %n Sponsoren zur Bibliothek hinzufügen (Probelauf: nichts wurde geschrieben).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n sponsor(s) to the library.</source>
        <translation>
            <numerusform>%n Sponsor zur Bibliothek hinzugefügt.</numerusform>
            <numerusform>%n Sponsoren zur Bibliothek hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n sponsor(s) the library already has: %1.</source>
        <translation>
            <numerusform>%n Sponsor übersprungen, den die Bibliothek schon hat: %1.</numerusform>
            <numerusform>%n Sponsoren übersprungen, die die Bibliothek schon hat: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sponsor library. &apos;list&apos; shows it; &apos;import-archive&apos; adds the sponsors of the archive&apos;s sponsor blocks (name, heading, copy and link from the latest issue that ran each one), skipping those the library already has.</source>
        <translation>Die Sponsorenbibliothek. &apos;list&apos; zeigt sie; &apos;import-archive&apos; fügt die Sponsoren aus den Sponsorenblöcken des Archivs hinzu (Name, Überschrift, Text und Link aus der jüngsten Ausgabe, in der jeder lief) und überspringt die, die die Bibliothek schon hat.</translation>
    </message>
    <message>
        <source>list or import-archive</source>
        <translation>list oder import-archive</translation>
    </message>
    <message>
        <source>With import-archive: say what would be added, and write nothing.</source>
        <translation>Mit import-archive: sagen, was hinzugefügt würde, und nichts schreiben.</translation>
    </message>
    <message>
        <source>galley sponsors: say &apos;list&apos; or &apos;import-archive&apos;. Try &apos;galley sponsors --help&apos;.</source>
        <translation>galley sponsors: &apos;list&apos; oder &apos;import-archive&apos; angeben. Siehe &apos;galley sponsors --help&apos;.</translation>
    </message>
    <message>
        <source>galley sponsors: --dry-run goes with &apos;import-archive&apos;.</source>
        <translation>galley sponsors: --dry-run gehört zu &apos;import-archive&apos;.</translation>
    </message>
    <message>
        <source>List the sponsor library, or import the archive&apos;s sponsors.</source>
        <translation>Die Sponsorenbibliothek auflisten oder die Sponsoren des Archivs importieren.</translation>
    </message>
</context>
<context>
    <name>galley::cli::StoreArgument</name>
    <message>
        <source>galley %1: name one issue by its id (a number, as &apos;galley list&apos; shows it). Try &apos;galley %1 --help&apos;.</source>
        <translation>galley %1: Geben Sie eine Ausgabe über ihre ID an (eine Zahl, wie &apos;galley list&apos; sie zeigt). Siehe &apos;galley %1 --help&apos;.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
</context>
<context>
    <name>galley::cli::TrashCommand</name>
    <message>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <source>List the issues in the trash, or empty it: &apos;empty --yes&apos; deletes them for good, with their revisions.</source>
        <translation>Die Ausgaben im Papierkorb auflisten oder ihn leeren: &apos;empty --yes&apos; löscht sie endgültig, samt ihren Revisionen.</translation>
    </message>
    <message>
        <source>list or empty</source>
        <translation>list oder empty</translation>
    </message>
    <message>
        <source>Confirm that &apos;empty&apos; deletes the trashed issues for good.</source>
        <translation>Bestätigt, dass &apos;empty&apos; die Ausgaben im Papierkorb endgültig löscht.</translation>
    </message>
    <message>
        <source>galley trash: say &apos;list&apos; or &apos;empty&apos;. Try &apos;galley trash --help&apos;.</source>
        <translation>galley trash: Geben Sie &apos;list&apos; oder &apos;empty&apos; an. Siehe &apos;galley trash --help&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>galley trash: &apos;empty&apos; deletes %n issue(s) for good, with their revisions; run &apos;galley trash empty --yes&apos; to do it.</source>
        <translation>
            <numerusform>galley trash: &apos;empty&apos; löscht %n Ausgabe endgültig, samt ihren Revisionen; führen Sie dazu &apos;galley trash empty --yes&apos; aus.</numerusform>
            <numerusform>galley trash: &apos;empty&apos; löscht %n Ausgaben endgültig, samt ihren Revisionen; führen Sie dazu &apos;galley trash empty --yes&apos; aus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n issue(s) for good.</source>
        <translation>
            <numerusform>%n Ausgabe endgültig gelöscht.</numerusform>
            <numerusform>%n Ausgaben endgültig gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>List or empty the trash.</source>
        <translation>Den Papierkorb auflisten oder leeren.</translation>
    </message>
</context>
<context>
    <name>galley::gui::ActionRegistry</name>
    <message>
        <source>&amp;New Issue</source>
        <translation>&amp;Neue Ausgabe</translation>
    </message>
    <message>
        <source>New &amp;Blank Draft</source>
        <translation>Neuer &amp;leerer Entwurf</translation>
    </message>
    <message>
        <source>Ctrl+Alt+N</source>
        <translation>Ctrl+Alt+N</translation>
    </message>
    <message>
        <source>&amp;Duplicate Draft</source>
        <translation>Entwurf &amp;duplizieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;Open/Import…</source>
        <translation>Ö&amp;ffnen/Importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Copy Email &amp;HTML</source>
        <translation>E-Mail-&amp;HTML kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy Plain &amp;Text</source>
        <translation>Nur-&amp;Text kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Alt+C</source>
        <translation>Ctrl+Alt+C</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles &amp;markieren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Nächstes suchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Vorheriges suchen</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>Erset&amp;zen…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <source>Ctrl+Alt+K</source>
        <translation>Ctrl+Alt+K</translation>
    </message>
    <message>
        <source>&amp;Heading</source>
        <translation>&amp;Überschrift</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Fett</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Kursiv</translation>
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
        <translation>&amp;Aufzählung</translation>
    </message>
    <message>
        <source>Ctrl+Shift+8</source>
        <translation>Ctrl+Shift+8</translation>
    </message>
    <message>
        <source>Block &amp;Quote</source>
        <translation>&amp;Zitat</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Q</source>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <source>Horizontal &amp;Rule</source>
        <translation>&amp;Trennlinie</translation>
    </message>
    <message>
        <source>&amp;Sponsor Block</source>
        <translation>&amp;Sponsorblock</translation>
    </message>
    <message>
        <source>Closing Sponsor &amp;Repeat</source>
        <translation>Sponsor-&amp;Wiederholung am Schluss</translation>
    </message>
    <message>
        <source>Sec&amp;tion…</source>
        <translation>&amp;Rubrik…</translation>
    </message>
    <message>
        <source>&amp;Add Link to Section…</source>
        <translation>Link zu Rubrik &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Command &amp;Palette…</source>
        <translation>&amp;Befehlspalette…</translation>
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
        <translation>&amp;Entwurfsleiste</translation>
    </message>
    <message>
        <source>Ctrl+Shift+1</source>
        <translation>Ctrl+Shift+1</translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation>&amp;Gliederung</translation>
    </message>
    <message>
        <source>Ctrl+Shift+2</source>
        <translation>Ctrl+Shift+2</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Ctrl+Shift+3</source>
        <translation>Ctrl+Shift+3</translation>
    </message>
    <message>
        <source>&amp;Scroll Preview with Editor</source>
        <translation>Vorschau mit dem Editor &amp;mitscrollen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Vergrößer&amp;n</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Verk&amp;leinern</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Vollbil&amp;d</translation>
    </message>
    <message>
        <source>Email at &amp;Desktop Width</source>
        <translation>E-Mail in Des&amp;ktopbreite</translation>
    </message>
    <message>
        <source>Ctrl+Alt+1</source>
        <translation>Ctrl+Alt+1</translation>
    </message>
    <message>
        <source>Email at P&amp;hone Width</source>
        <translation>E-Mail in &amp;Smartphonebreite</translation>
    </message>
    <message>
        <source>Ctrl+Alt+2</source>
        <translation>Ctrl+Alt+2</translation>
    </message>
    <message>
        <source>Email in Dar&amp;k Mode</source>
        <translation>E-Mail im D&amp;unkelmodus</translation>
    </message>
    <message>
        <source>Ctrl+Alt+3</source>
        <translation>Ctrl+Alt+3</translation>
    </message>
    <message>
        <source>Plain-Te&amp;xt Part</source>
        <translation>Nur-&amp;Text-Teil</translation>
    </message>
    <message>
        <source>Ctrl+Alt+4</source>
        <translation>Ctrl+Alt+4</translation>
    </message>
    <message>
        <source>&amp;Check Issue</source>
        <translation>Ausgabe &amp;prüfen</translation>
    </message>
    <message>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>&amp;Link History…</source>
        <translation>&amp;Link-Verlauf…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>S&amp;ponsors and Bookings…</source>
        <translation>&amp;Sponsoren und Buchungen…</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>Vo&amp;rlagen…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Versionsverlauf…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y</source>
        <translation>Ctrl+Shift+Y</translation>
    </message>
    <message>
        <source>Mark as &amp;Draft</source>
        <translation>Als &amp;Entwurf markieren</translation>
    </message>
    <message>
        <source>Mark as S&amp;cheduled</source>
        <translation>Als &amp;geplant markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;Sent</source>
        <translation>Als versen&amp;det markieren</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>In den Papier&amp;korb verschieben</translation>
    </message>
    <message>
        <source>Show T&amp;rash…</source>
        <translation>Papierkorb an&amp;zeigen…</translation>
    </message>
    <message>
        <source>&amp;About Galley</source>
        <translation>&amp;Über Galley</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>I&amp;ssue</source>
        <translation>A&amp;usgabe</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>Papierkorb &amp;leeren…</translation>
    </message>
    <message>
        <source>Check Lin&amp;ks</source>
        <translation>Lin&amp;ks prüfen</translation>
    </message>
    <message>
        <source>Shift+F7</source>
        <translation>Shift+F7</translation>
    </message>
    <message>
        <source>Link &amp;Inbox</source>
        <translation>Link-E&amp;ingang</translation>
    </message>
    <message>
        <source>Ctrl+Shift+4</source>
        <translation>Ctrl+Shift+4</translation>
    </message>
    <message>
        <source>Send Test E&amp;mail</source>
        <translation>Test-E-&amp;Mail senden</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Next &amp;Misspelling</source>
        <translation>Nächster &amp;Rechtschreibfehler</translation>
    </message>
    <message>
        <source>Ctrl+;</source>
        <translation>Ctrl+;</translation>
    </message>
    <message>
        <source>Check &amp;Spelling</source>
        <translation>Recht&amp;schreibung prüfen</translation>
    </message>
    <message>
        <source>Publish &amp;Archive…</source>
        <translation>&amp;Archiv veröffentlichen…</translation>
    </message>
</context>
<context>
    <name>galley::gui::AddLinkDialog</name>
    <message>
        <source>This issue has no section to add a link to. Insert one first (Insert ▸ Section…).</source>
        <translation>Diese Ausgabe hat keine Rubrik für den Link. Fügen Sie zuerst eine ein (Einfügen ▸ Rubrik…).</translation>
    </message>
    <message>
        <source>%1 is already in this issue, on line %2: it cannot be added again.</source>
        <translation>%1 steht schon in dieser Ausgabe, in Zeile %2, und kann nicht noch einmal hinzugefügt werden.</translation>
    </message>
    <message>
        <source> as a sponsor link</source>
        <translation> als Sponsorlink</translation>
    </message>
    <message>
        <source>%1 was featured in %2.</source>
        <translation>%1 kam schon vor in %2.</translation>
    </message>
    <message>
        <source>Not featured in any earlier issue.</source>
        <translation>In keiner früheren Ausgabe gebracht.</translation>
    </message>
    <message>
        <source>This link is already in this issue, on line %1: it cannot be added again.</source>
        <translation>Dieser Link steht schon in dieser Ausgabe, in Zeile %1, und kann nicht noch einmal hinzugefügt werden.</translation>
    </message>
</context>
<context>
    <name>galley::gui::ArchiveSponsorOffer</name>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>&amp;Import from Archive…</source>
        <translation>Aus dem Archiv &amp;importieren…</translation>
    </message>
    <message>
        <source>Add the sponsors of the archive&apos;s sponsor blocks to the library.</source>
        <translation>Die Sponsoren aus den Sponsorenblöcken des Archivs zur Bibliothek hinzufügen.</translation>
    </message>
    <message>
        <source>Could not read the archive: %1</source>
        <translation>Das Archiv konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No sponsor block was found in the archive&apos;s sent issues.</source>
        <translation>In den versandten Ausgaben des Archivs wurde kein Sponsorenblock gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n sponsor(s) found in the archive, and the library is empty.</source>
        <translation>
            <numerusform>%n Sponsor im Archiv gefunden, und die Bibliothek ist leer.</numerusform>
            <numerusform>%n Sponsoren im Archiv gefunden, und die Bibliothek ist leer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n sponsor(s) from the archive into the library (saved).</source>
        <translation>
            <numerusform>%n Sponsor aus dem Archiv in die Bibliothek importiert (gespeichert).</numerusform>
            <numerusform>%n Sponsoren aus dem Archiv in die Bibliothek importiert (gespeichert).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n already in the library: %1.</source>
        <translation>
            <numerusform>%n übersprungen, schon in der Bibliothek: %1.</numerusform>
            <numerusform>%n übersprungen, schon in der Bibliothek: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::gui::BlockInsertion</name>
    <message>
        <source>Choose the section to insert.</source>
        <translation>Wählen Sie die einzufügende Rubrik.</translation>
    </message>
    <message>
        <source>This issue already has a section &quot;%1&quot;, on line %2.</source>
        <translation>Diese Ausgabe hat schon eine Rubrik „%1“, in Zeile %2.</translation>
    </message>
</context>
<context>
    <name>galley::gui::CheckPanel</name>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>The check cannot run: %1</source>
        <translation>Die Prüfung kann nicht laufen: %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Whole issue</source>
        <translation>Ganze Ausgabe</translation>
    </message>
    <message>
        <source>No problems found: this issue is ready to send.</source>
        <translation>Keine Probleme gefunden: Diese Ausgabe ist bereit zum Versand.</translation>
    </message>
    <message numerus="yes">
        <source>Ready to send; %n note(s) worth a look.</source>
        <translation>
            <numerusform>Bereit zum Versand; %n Hinweis ist einen Blick wert.</numerusform>
            <numerusform>Bereit zum Versand; %n Hinweise sind einen Blick wert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before sending. Click one to go to its line.</source>
        <translation>
            <numerusform>%n Problem vor dem Versand beheben. Klicken Sie darauf, um zur Zeile zu springen.</numerusform>
            <numerusform>%n Probleme vor dem Versand beheben. Klicken Sie auf eines, um zu seiner Zeile zu springen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Replace with Final URL</source>
        <translation>Durch endgültige URL ersetzen</translation>
    </message>
    <message>
        <source>Checking links: %v of %m</source>
        <translation>Links werden geprüft: %v von %m</translation>
    </message>
    <message>
        <source>Link check cancelled: only the links checked so far are listed.</source>
        <translation>Linkprüfung abgebrochen: nur die bis dahin geprüften Links sind aufgeführt.</translation>
    </message>
</context>
<context>
    <name>galley::gui::CommandPalette</name>
    <message>
        <source>Type a command…</source>
        <translation>Befehl eingeben…</translation>
    </message>
    <message>
        <source> (on)</source>
        <translation> (an)</translation>
    </message>
    <message>
        <source> (off)</source>
        <translation> (aus)</translation>
    </message>
</context>
<context>
    <name>galley::gui::DraftsPanel</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Versendet</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Search all issues</source>
        <translation>Alle Ausgaben durchsuchen</translation>
    </message>
    <message>
        <source>Drafts and archive</source>
        <translation>Entwürfe und Archiv</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Neuer Entwurf</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the open draft</source>
        <translation>Den geöffneten Entwurf duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Move the open draft to the trash</source>
        <translation>Den geöffneten Entwurf in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Edited %1</source>
        <translation>Zuletzt bearbeitet: %1</translation>
    </message>
</context>
<context>
    <name>galley::gui::ExportController</name>
    <message>
        <source>The newsletter settings cannot be read (%1). The preview and exports use the defaults until they are saved again in Preferences.</source>
        <translation>Die Newsletter-Einstellungen können nicht gelesen werden (%1). Vorschau und Export verwenden die Standardwerte, bis sie in den Einstellungen neu gespeichert werden.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>%n Datei nach %1 exportiert</numerusform>
            <numerusform>%n Dateien nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was copied: the issue&apos;s front matter cannot be read (%1).</source>
        <translation>Nichts kopiert: Das Front Matter der Ausgabe kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>Email HTML copied (%1): paste it into your mailing service.</source>
        <translation>E-Mail-HTML kopiert (%1): Fügen Sie es in Ihren Versanddienst ein.</translation>
    </message>
    <message>
        <source>Plain-text part copied (%1).</source>
        <translation>Nur-Text-Teil kopiert (%1).</translation>
    </message>
</context>
<context>
    <name>galley::gui::ExportDialog</name>
    <message>
        <source>The issue&apos;s front matter cannot be read (%1). Fix it in the editor (the preview shows where), then export again.</source>
        <translation>Das Front Matter der Ausgabe kann nicht gelesen werden (%1). Korrigieren Sie es im Editor (die Vorschau zeigt, wo) und exportieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>The folder cannot be created. Choose a folder you can write to.</source>
        <translation>Der Ordner kann nicht angelegt werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>A file name cannot contain / or \; choose the folder above.</source>
        <translation>Ein Dateiname darf weder / noch \ enthalten; wählen Sie den Ordner oben.</translation>
    </message>
    <message>
        <source>Choose at least one format, a folder and a file name.</source>
        <translation>Wählen Sie mindestens ein Format, einen Ordner und einen Dateinamen.</translation>
    </message>
    <message>
        <source>Writes %1</source>
        <translation>Schreibt %1</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder to export to.</source>
        <translation>%1 ist eine Datei, kein Ordner. Wählen Sie einen Ordner für den Export.</translation>
    </message>
    <message>
        <source>Replace Files?</source>
        <translation>Dateien ersetzen?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 gibt es schon. Ersetzen?</translation>
    </message>
    <message>
        <source>These files already exist:
%1

Replace them?</source>
        <translation>Diese Dateien gibt es schon:
%1

Ersetzen?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Not exported:</source>
        <translation>Nicht exportiert:</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Geschrieben: %1</translation>
    </message>
    <message>
        <source>Choose another folder or file name, or fix the problem above, and export again.</source>
        <translation>Wählen Sie einen anderen Ordner oder Dateinamen oder beheben Sie das Problem oben, und exportieren Sie erneut.</translation>
    </message>
</context>
<context>
    <name>galley::gui::FindReplaceBar</name>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>Regulärer A&amp;usdruck</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>Ganze &amp;Wörter</translation>
    </message>
    <message>
        <source>&amp;Highlight all</source>
        <translation>&amp;Alle hervorheben</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Vorheriges</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nächstes</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation>A&amp;lle ersetzen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Invalid expression</source>
        <translation>Ungültiger Ausdruck</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::gui::HistoryDialog</name>
    <message>
        <source>autosave</source>
        <translation>automatisch gesichert</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <source>&amp;Restore This Revision</source>
        <translation>Diese Version &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Versionsverlauf</translation>
    </message>
    <message>
        <source>Loading revisions…</source>
        <translation>Versionen werden geladen…</translation>
    </message>
    <message>
        <source>Lines marked + are in the editor but not in this revision; − the other way round.</source>
        <translation>Mit + markierte Zeilen stehen im Editor, aber nicht in dieser Version; bei − ist es umgekehrt.</translation>
    </message>
    <message>
        <source>%1 — %2, %3 bytes</source>
        <translation>%1 — %2, %3 Bytes</translation>
    </message>
    <message numerus="yes">
        <source>%n revisions of this draft.</source>
        <translation>
            <numerusform>%n Version dieses Entwurfs.</numerusform>
            <numerusform>%n Versionen dieses Entwurfs.</numerusform>
        </translation>
    </message>
    <message>
        <source>changed elsewhere, kept</source>
        <translation>anderswo geändert, aufbewahrt</translation>
    </message>
    <message>
        <source>Test emails sent:</source>
        <translation>Gesendete Test-E-Mails:</translation>
    </message>
    <message>
        <source>%1 — &quot;%2&quot; to %3 through %4</source>
        <translation>%1 — „%2“ an %3 über %4</translation>
    </message>
    <message>
        <source>None yet: Issue ▸ Send Test Email sends one.</source>
        <translation>Noch keine: Ausgabe ▸ Test-E-Mail senden schickt eine.</translation>
    </message>
</context>
<context>
    <name>galley::gui::InboxController</name>
    <message>
        <source>Inbox</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Inbox (%1)</source>
        <translation>Eingang (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Added %n link(s) to the inbox.</source>
        <translation>
            <numerusform>%n Link zum Eingang hinzugefügt.</numerusform>
            <numerusform>%n Links zum Eingang hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) were in the inbox already.</source>
        <translation>
            <numerusform>%n Link war schon im Eingang.</numerusform>
            <numerusform>%n Links waren schon im Eingang.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) added to the issue.</source>
        <translation>
            <numerusform>%n Link zur Ausgabe hinzugefügt.</numerusform>
            <numerusform>%n Links zur Ausgabe hinzugefügt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::gui::InboxPanel</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Add link…</source>
        <translation>Link hinzufügen…</translation>
    </message>
    <message>
        <source>The title could not be read: %1</source>
        <translation>Der Titel konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Dismissed %n link(s).</source>
        <translation>
            <numerusform>%n Link verworfen.</numerusform>
            <numerusform>%n Links verworfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>„%1“ ist keine Webadresse.</translation>
    </message>
    <message>
        <source>The clipboard holds no web address.</source>
        <translation>Die Zwischenablage enthält keine Webadresse.</translation>
    </message>
    <message>
        <source>Only web addresses can be dropped here.</source>
        <translation>Hier lassen sich nur Webadressen ablegen.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>vor %n Woche</numerusform>
            <numerusform>vor %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>in this draft</source>
        <translation>in diesem Entwurf</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s) without a number</source>
        <translation>
            <numerusform>%n Ausgabe ohne Nummer</numerusform>
            <numerusform>%n Ausgaben ohne Nummer</numerusform>
        </translation>
    </message>
    <message>
        <source>featured in %1</source>
        <translation>gebracht in %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
    <message>
        <source>no title: %1</source>
        <translation>kein Titel: %1</translation>
    </message>
    <message>
        <source>Read Titles Again</source>
        <translation>Titel erneut lesen</translation>
    </message>
    <message>
        <source>Add to Issue…</source>
        <translation>Zur Ausgabe hinzufügen…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtern…</translation>
    </message>
</context>
<context>
    <name>galley::gui::IssueCommands</name>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>The text changed before the insertion was ready, so nothing was inserted. Please try again.</source>
        <translation>Der Text hat sich geändert, bevor das Einfügen fertig war; deshalb wurde nichts eingefügt. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The next issue cannot be planned: %1</source>
        <translation>Die nächste Ausgabe kann nicht geplant werden: %1</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 angelegt.</translation>
    </message>
    <message>
        <source>No sponsor is booked for issue #%1: both sponsor slots say “TK sponsor”. Book one in Issue ▸ Sponsors and Bookings.</source>
        <translation>Für Ausgabe #%1 ist kein Sponsor gebucht: In beiden Sponsorplätzen steht „TK sponsor“. Buchen Sie einen unter Ausgabe ▸ Sponsoren und Buchungen.</translation>
    </message>
    <message>
        <source>The sponsor block cannot be inserted: %1</source>
        <translation>Der Sponsorblock kann nicht eingefügt werden: %1</translation>
    </message>
    <message>
        <source>issue #%1 (%2)</source>
        <translation>Ausgabe #%1 (%2)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <source>this issue (it has no number)</source>
        <translation>diese Ausgabe (sie hat keine Nummer)</translation>
    </message>
    <message>
        <source>No sponsor is booked for %1, so a marked placeholder (“TK sponsor”) was inserted. Book a sponsor in Issue ▸ Sponsors and Bookings.</source>
        <translation>Für %1 ist kein Sponsor gebucht, deshalb wurde ein markierter Platzhalter („TK sponsor“) eingefügt. Buchen Sie einen Sponsor unter Ausgabe ▸ Sponsoren und Buchungen.</translation>
    </message>
    <message>
        <source>The section cannot be inserted: %1</source>
        <translation>Die Rubrik kann nicht eingefügt werden: %1</translation>
    </message>
    <message>
        <source>No sections are set up yet. Add them in Preferences.</source>
        <translation>Es sind noch keine Rubriken eingerichtet. Fügen Sie sie in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <source>This issue already has every section of the settings (%1).</source>
        <translation>Diese Ausgabe hat schon alle Rubriken aus den Einstellungen (%1).</translation>
    </message>
    <message>
        <source>Insert Section</source>
        <translation>Rubrik einfügen</translation>
    </message>
    <message>
        <source>Section to insert (it goes where the section order puts it):</source>
        <translation>Einzufügende Rubrik (sie kommt an die Stelle, die die Reihenfolge der Rubriken vorsieht):</translation>
    </message>
    <message>
        <source>Add Link needs the newsletter&apos;s settings: %1</source>
        <translation>„Link hinzufügen“ braucht die Newsletter-Einstellungen: %1</translation>
    </message>
    <message>
        <source>Put the cursor on a link, select one or copy one, then ask again (Issue ▸ Link History).</source>
        <translation>Setzen Sie den Cursor auf einen Link, markieren oder kopieren Sie einen, und fragen Sie dann erneut (Ausgabe ▸ Link-Verlauf).</translation>
    </message>
    <message>
        <source>The links cannot be added: %1</source>
        <translation>Die Links können nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>This issue has no section yet: insert one first (Issue ▸ Insert Section).</source>
        <translation>Diese Ausgabe hat noch keine Rubrik: Fügen Sie zuerst eine ein (Ausgabe ▸ Rubrik einfügen).</translation>
    </message>
    <message>
        <source>Add Links to the Issue</source>
        <translation>Links zur Ausgabe hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Section for the %n item(s):</source>
        <translation>
            <numerusform>Rubrik für den %n Eintrag:</numerusform>
            <numerusform>Rubrik für die %n Einträge:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) were in this issue already and were left out.</source>
        <translation>
            <numerusform>%n Link stand schon in dieser Ausgabe und wurde ausgelassen.</numerusform>
            <numerusform>%n Links standen schon in dieser Ausgabe und wurden ausgelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::gui::LineDiff</name>
    <message>
        <source>No differences: this revision is the current text.</source>
        <translation>Keine Unterschiede: Diese Version ist der aktuelle Text.</translation>
    </message>
</context>
<context>
    <name>galley::gui::LinkHistoryPopup</name>
    <message>
        <source>%1 was never featured.</source>
        <translation>%1 kam noch nie vor.</translation>
    </message>
    <message>
        <source>Never featured in any issue.</source>
        <translation>In noch keiner Ausgabe gebracht.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was featured in %n issue(s):</source>
        <translation>
            <numerusform>%1 kam in %n Ausgabe vor:</numerusform>
            <numerusform>%1 kam in %n Ausgaben vor:</numerusform>
        </translation>
    </message>
    <message>
        <source>sponsor link</source>
        <translation>Sponsorlink</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>noch nicht versendet</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1, in %2</translation>
    </message>
</context>
<context>
    <name>galley::gui::MainWindow</name>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Galley</source>
        <translation>Galley</translation>
    </message>
    <message>
        <source>bold text</source>
        <translation>fetter Text</translation>
    </message>
    <message>
        <source>italic text</source>
        <translation>kursiver Text</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>About Galley</source>
        <translation>Über Galley</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Galley&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;An editor for curated weekly newsletters: Markdown on the left, the email on the right.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Galley&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Ein Editor für kuratierte wöchentliche Newsletter: links Markdown, rechts die E-Mail.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The revision was restored. The text before it is kept in History.</source>
        <translation>Die Version wurde wiederhergestellt. Der vorherige Text bleibt im Versionsverlauf erhalten.</translation>
    </message>
    <message>
        <source>This draft was also changed elsewhere (another window or program). Both versions are kept: yours is in the editor, the other one is in History.</source>
        <translation>Dieser Entwurf wurde auch anderswo geändert (in einem anderen Fenster oder Programm). Beide Fassungen bleiben erhalten: Ihre steht im Editor, die andere im Versionsverlauf.</translation>
    </message>
    <message>
        <source>Show History</source>
        <translation>Versionsverlauf zeigen</translation>
    </message>
    <message>
        <source>Welcome! This sample issue shows how Galley works.</source>
        <translation>Willkommen! Diese Beispielausgabe zeigt, wie Galley funktioniert.</translation>
    </message>
    <message>
        <source>Saving works again; everything is saved.</source>
        <translation>Speichern funktioniert wieder; alles ist gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Your changes cannot be saved: %1 Your text stays here and Galley tries again every %n seconds.</source>
        <translation>
            <numerusform>Ihre Änderungen können nicht gespeichert werden: %1 Ihr Text bleibt hier, und Galley versucht es im Abstand von %n Sekunde erneut.</numerusform>
            <numerusform>Ihre Änderungen können nicht gespeichert werden: %1 Ihr Text bleibt hier, und Galley versucht es im Abstand von %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n Min. Lesezeit</numerusform>
            <numerusform>%n Min. Lesezeit</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes Not Saved</source>
        <translation>Änderungen nicht gespeichert</translation>
    </message>
    <message>
        <source>Galley cannot save this draft: %1

Quit anyway and lose the unsaved changes?</source>
        <translation>Galley kann diesen Entwurf nicht speichern: %1

Trotzdem beenden und die ungespeicherten Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>This draft cannot be saved right now, so Galley stays on it until saving works again.</source>
        <translation>Dieser Entwurf kann gerade nicht gespeichert werden; Galley bleibt deshalb bei ihm, bis das Speichern wieder funktioniert.</translation>
    </message>
    <message>
        <source>New issue</source>
        <translation>Neue Ausgabe</translation>
    </message>
    <message>
        <source>A few words to open the issue.</source>
        <translation>Ein paar einleitende Worte zur Ausgabe.</translation>
    </message>
    <message>
        <source>Moved to the trash. Restore it from View ▸ Trash in the drafts panel.</source>
        <translation>In den Papierkorb verschoben. Wiederherstellen können Sie ihn über Ansicht ▸ Papierkorb in der Entwurfsleiste.</translation>
    </message>
    <message>
        <source>Open or Import an Issue</source>
        <translation>Ausgabe öffnen oder importieren</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown *.txt)</source>
        <translation>Markdown (*.md *.markdown *.txt)</translation>
    </message>
    <message>
        <source>Galley could not open this: %1</source>
        <translation>Galley konnte Folgendes nicht öffnen: %1</translation>
    </message>
    <message>
        <source>Empty Trash?</source>
        <translation>Papierkorb leeren?</translation>
    </message>
    <message>
        <source>Delete every issue in the trash for good, with its history? This cannot be undone.</source>
        <translation>Alle Ausgaben im Papierkorb samt ihrem Verlauf endgültig löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Empty Trash</source>
        <translation>Papierkorb &amp;leeren</translation>
    </message>
    <message>
        <source>The revision was not restored: the draft cannot be saved right now. Try again once it is saved.</source>
        <translation>Die Revision wurde nicht wiederhergestellt: Der Entwurf kann gerade nicht gespeichert werden. Versuchen Sie es erneut, sobald er gespeichert ist.</translation>
    </message>
    <message>
        <source>This draft was changed in another window or program; it now shows that text.</source>
        <translation>Dieser Entwurf wurde in einem anderen Fenster oder Programm geändert; er zeigt jetzt diesen Text.</translation>
    </message>
</context>
<context>
    <name>galley::gui::MarkdownEditor</name>
    <message>
        <source>link text</source>
        <translation>Linktext</translation>
    </message>
</context>
<context>
    <name>galley::gui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>galley::gui::OfflineStatus</name>
    <message numerus="yes">
        <source>⚠ Offline: %n change(s) waiting</source>
        <translation>
            <numerusform>⚠ Offline: %n Änderung wartet</numerusform>
            <numerusform>⚠ Offline: %n Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>The PostgreSQL server cannot be reached. What you type is kept on this computer and saved as soon as the connection is back; Galley keeps trying.</source>
        <translation>Der PostgreSQL-Server ist nicht erreichbar. Was Sie schreiben, wird auf diesem Rechner aufbewahrt und gespeichert, sobald die Verbindung wieder steht; Galley versucht es weiter.</translation>
    </message>
    <message numerus="yes">
        <source>Online again: %n change(s) kept while offline saved</source>
        <translation>
            <numerusform>Wieder online: %n offline aufbewahrte Änderung gespeichert</numerusform>
            <numerusform>Wieder online: %n offline aufbewahrte Änderungen gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Online again</source>
        <translation>Wieder online</translation>
    </message>
    <message numerus="yes">
        <source>%n of them went over a text changed elsewhere meanwhile; both are kept in History.</source>
        <translation>
            <numerusform>%n davon ersetzte einen inzwischen anderswo geänderten Text; beide sind im Verlauf erhalten.</numerusform>
            <numerusform>%n davon ersetzten einen inzwischen anderswo geänderten Text; beide sind im Verlauf erhalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::gui::PreferencesDialog</name>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>{name} becomes the sponsor&apos;s name.</source>
        <translation>{name} wird zum Namen des Sponsors.</translation>
    </message>
    <message>
        <source>{number}, {date} (2025-01-26), {date_long} (26th January 2025) and {newsletter} are filled in for each issue.</source>
        <translation>{number}, {date} (2025-01-26), {date_long} (26th January 2025) und {newsletter} werden für jede Ausgabe eingesetzt.</translation>
    </message>
    <message>
        <source>Custom tags</source>
        <translation>Eigene Tags</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Nobody set this yet; this is what the latest issues suggest. Accept keeps it, editing replaces it.</source>
        <translation>Das hat noch niemand festgelegt; so legen es die letzten Ausgaben nahe. „Übernehmen“ behält es, Bearbeiten ersetzt es.</translation>
    </message>
    <message>
        <source>Reading the settings and the archive…</source>
        <translation>Einstellungen und Archiv werden gelesen…</translation>
    </message>
    <message>
        <source>Could not read the settings: %1</source>
        <translation>Die Einstellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Underlined (====)</source>
        <translation>Unterstrichen (====)</translation>
    </message>
    <message>
        <source>## Level 2</source>
        <translation>## Ebene 2</translation>
    </message>
    <message>
        <source>Next issue: %1</source>
        <translation>Nächste Ausgabe: %1</translation>
    </message>
    <message>
        <source>The title pattern is empty. Write one, e.g. &quot;OPS WEEKLY ISSUE #{number} - {date_long}&quot;.</source>
        <translation>Das Titelmuster ist leer. Schreiben Sie eines, z. B. „OPS WEEKLY ISSUE #{number} - {date_long}“.</translation>
    </message>
    <message>
        <source>A section has no name. Name it or remove it.</source>
        <translation>Eine Rubrik hat keinen Namen. Geben Sie ihr einen oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; is in the list twice. Remove one of them.</source>
        <translation>Die Rubrik „%1“ steht zweimal in der Liste. Entfernen Sie eine davon.</translation>
    </message>
    <message>
        <source>item template</source>
        <translation>Eintragsvorlage</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>den Absender</translation>
    </message>
    <message>
        <source>reply-to</source>
        <translation>Antwort-an</translation>
    </message>
    <message>
        <source>To</source>
        <translation>den Empfänger (To)</translation>
    </message>
    <message>
        <source>The %1 address &quot;%2&quot; is not an email address. Write it as editor@example.com or Name &lt;editor@example.com&gt;.</source>
        <translation>Die Adresse für %1, „%2“, ist keine E-Mail-Adresse. Schreiben Sie sie als redaktion@example.com oder Name &lt;redaktion@example.com&gt;.</translation>
    </message>
    <message>
        <source>Custom merge tags need an unsubscribe tag: every newsletter email must let people unsubscribe.</source>
        <translation>Eigene Merge-Tags brauchen ein Tag zum Abbestellen: Jede Newsletter-E-Mail muss das Abbestellen ermöglichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language tag. Use one like en, de or pt-BR.</source>
        <translation>„%1“ ist kein Sprachcode. Verwenden Sie einen wie en, de oder pt-BR.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a merge tag (such as *|UNSUB|*, {{ UnsubscribeURL }}, [unsubscribe] or %unsubscribe%) nor an https or mailto link, so it cannot be a footer link.</source>
        <translation>„%1“ ist weder ein Merge-Tag (etwa *|UNSUB|*, {{ UnsubscribeURL }}, [unsubscribe] oder %unsubscribe%) noch ein https- oder mailto-Link und kann daher kein Link in der Fußzeile sein.</translation>
    </message>
    <message>
        <source>{{number}}, {{date}}, {{newsletter}} and {{title}} are filled in for each issue.</source>
        <translation>{{number}}, {{date}}, {{newsletter}} und {{title}} werden für jede Ausgabe eingesetzt.</translation>
    </message>
    <message>
        <source>Links to these domains and their subdomains are never tagged. Separate them with commas.</source>
        <translation>Links zu diesen Domains und ihren Subdomains werden nie markiert. Trennen Sie sie mit Kommas.</translation>
    </message>
    <message>
        <source>UTM parameter</source>
        <translation>UTM-Parameter</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain. Write domains like example.com, separated by commas.</source>
        <translation>„%1“ ist keine Domain. Schreiben Sie Domains wie example.com, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Sen&amp;ding</source>
        <translation>&amp;Versand</translation>
    </message>
    <message>
        <source>S&amp;pelling</source>
        <translation>Rechtschrei&amp;bung</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Web-Archiv</translation>
    </message>
    <message>
        <source>St&amp;ore</source>
        <translation>Spei&amp;cher</translation>
    </message>
</context>
<context>
    <name>galley::gui::PresenceLabel</name>
    <message>
        <source>Also open by: %1</source>
        <translation>Auch geöffnet von: %1</translation>
    </message>
    <message>
        <source>Editors on the team store who have this draft open too.</source>
        <translation>Redakteure am gemeinsamen Speicher, die diesen Entwurf ebenfalls geöffnet haben.</translation>
    </message>
</context>
<context>
    <name>galley::gui::PreviewModeBar</name>
    <message>
        <source>Preview Mode</source>
        <translation>Vorschaumodus</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Phone 375 px</source>
        <translation>Smartphone 375 px</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Plain Text</source>
        <translation>Nur-Text</translation>
    </message>
</context>
<context>
    <name>galley::gui::PublishDialog</name>
    <message>
        <source>Publish Archive</source>
        <translation>Archiv veröffentlichen</translation>
    </message>
    <message>
        <source>Every sent issue as a static website with an Atom feed. Only pages that changed are written; it works from the folder and from any web server.</source>
        <translation>Jede versendete Ausgabe als statische Website mit Atom-Feed. Nur geänderte Seiten werden geschrieben; sie funktioniert aus dem Ordner heraus und auf jedem Webserver.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Publish into a folder that holds other files</source>
        <translation>In einen Ordner mit anderen Dateien veröffentlichen</translation>
    </message>
    <message>
        <source>The email&apos;s &quot;View online&quot; link opens the issue&apos;s page here</source>
        <translation>Der Link „Im Browser ansehen“ der E-Mail öffnet die Seite der Ausgabe hier</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Site &amp;title:</source>
        <translation>&amp;Titel der Website:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Issues per &amp;page:</source>
        <translation>Ausgaben pro &amp;Seite:</translation>
    </message>
    <message>
        <source>Page &amp;address:</source>
        <translation>Seiten&amp;adresse:</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Publish Into</source>
        <translation>Veröffentlichen in</translation>
    </message>
    <message>
        <source>Choose the folder to publish into.</source>
        <translation>Wählen Sie den Ordner, in den veröffentlicht werden soll.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Wird veröffentlicht…</translation>
    </message>
    <message>
        <source>Rendering issues: %1 of %2</source>
        <translation>Ausgaben werden gerendert: %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>Published %n issue(s): </source>
        <translation>
            <numerusform>%n Ausgabe veröffentlicht: </numerusform>
            <numerusform>%n Ausgaben veröffentlicht: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written, </source>
        <translation>
            <numerusform>%n Datei geschrieben, </numerusform>
            <numerusform>%n Dateien geschrieben, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed.</source>
        <translation>
            <numerusform>%n entfernt.</numerusform>
            <numerusform>%n entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::gui::RemoteImageNotice</name>
    <message>
        <source>Show images</source>
        <translation>Bilder anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>Remote images are blocked (%n)</source>
        <translation>
            <numerusform>Externe Bilder sind blockiert (%n)</numerusform>
            <numerusform>Externe Bilder sind blockiert (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::gui::RenderingNotice</name>
    <message>
        <source>Rendering a large issue…</source>
        <translation>Eine große Ausgabe wird gerendert …</translation>
    </message>
    <message>
        <source>The preview shows the text as it was when this render began. Typing and saving go on meanwhile.</source>
        <translation>Die Vorschau zeigt den Text so, wie er zu Beginn dieses Renderns war. Schreiben und Speichern gehen währenddessen weiter.</translation>
    </message>
</context>
<context>
    <name>galley::gui::SaveIndicator</name>
    <message>
        <source>✓ Saved</source>
        <translation>✓ Gespeichert</translation>
    </message>
    <message>
        <source>✓ Saved on this computer</source>
        <translation>✓ Auf diesem Computer gespeichert</translation>
    </message>
    <message>
        <source>The store&apos;s server cannot be reached: your text is kept on this computer and written to the store as soon as the connection is back.</source>
        <translation>Der Datenbankserver ist nicht erreichbar: Ihr Text bleibt auf diesem Computer und wird in die Datenbank geschrieben, sobald die Verbindung wieder steht.</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>⚠ Not saved</source>
        <translation>⚠ Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>galley::gui::SelfTest</name>
    <message>
        <source>galley: self-test failed: no temporary folder for its store (%1).</source>
        <translation>galley: Selbsttest fehlgeschlagen: kein temporärer Ordner für seine Datenbank (%1).</translation>
    </message>
    <message>
        <source>the store did not open within %1 seconds</source>
        <translation>die Datenbank ließ sich nicht innerhalb von %1 Sekunden öffnen</translation>
    </message>
    <message>
        <source>the preview&apos;s web engine did not start within %1 seconds</source>
        <translation>die Web-Engine der Vorschau startete nicht innerhalb von %1 Sekunden</translation>
    </message>
    <message>
        <source>the preview did not render the draft within %1 seconds</source>
        <translation>die Vorschau zeigte den Entwurf nicht innerhalb von %1 Sekunden</translation>
    </message>
    <message>
        <source>the window could not be drawn</source>
        <translation>das Fenster konnte nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>galley: self-test failed: %1</source>
        <translation>galley: Selbsttest fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the preview does not show the draft “%1”</source>
        <translation>die Vorschau zeigt den Entwurf „%1“ nicht</translation>
    </message>
    <message>
        <source>the window was not shown within %1 seconds</source>
        <translation>das Fenster wurde nicht innerhalb von %1 Sekunden angezeigt</translation>
    </message>
    <message>
        <source>galley: self-test passed: window shown at %1 ms, preview rendered at %2 ms, checked at %3 ms; the store %4 is open and the preview shows the draft “%5”.</source>
        <translation>galley: Selbsttest bestanden: Fenster angezeigt nach %1 ms, Vorschau gerendert nach %2 ms, geprüft nach %3 ms; die Datenbank %4 ist geöffnet und die Vorschau zeigt den Entwurf „%5“.</translation>
    </message>
    <message>
        <source>galley: self-test failed: the store %1 could not be copied to a temporary folder (%2).</source>
        <translation>galley: Selbsttest fehlgeschlagen: Der Speicher %1 konnte nicht in einen temporären Ordner kopiert werden (%2).</translation>
    </message>
    <message>
        <source>the store did not open: %1 (%2)</source>
        <translation>der Speicher ließ sich nicht öffnen: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>galley::gui::SendingPage</name>
    <message>
        <source>Put &quot;[TEST]&quot; before the subject</source>
        <translation>„[TEST]“ vor den Betreff setzen</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>Usual port</source>
        <translation>Üblicher Port</translation>
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
        <translation>Keine (nur dieser Computer)</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Saved in the desktop&apos;s keyring, never in Galley&apos;s files.</source>
        <translation>Im Schlüsselbund des Desktops gespeichert, nie in Galleys Dateien.</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>sie@example.com</translation>
    </message>
    <message>
        <source>Issue ▸ Send Test Email sends the issue, exactly as exported, to these addresses (at most %1) through your SMTP server.</source>
        <translation>Ausgabe ▸ Test-E-Mail senden schickt die Ausgabe, genau wie exportiert, über Ihren SMTP-Server an diese Adressen (höchstens %1).</translation>
    </message>
    <message>
        <source>SMTP &amp;host:</source>
        <translation>SMTP-&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>S&amp;icherheit:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Test &amp;recipients:</source>
        <translation>Test&amp;empfänger:</translation>
    </message>
</context>
<context>
    <name>galley::gui::SettingsSaver</name>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nichts wurde gespeichert: %1</translation>
    </message>
    <message>
        <source>These settings were changed in another window or by the command line after this dialog opened, and saving would overwrite that. Close the dialog and open it again to see them, then make your changes again.</source>
        <translation>Diese Einstellungen wurden in einem anderen Fenster oder über die Befehlszeile geändert, nachdem dieser Dialog geöffnet wurde, und Speichern würde das überschreiben. Schließen Sie den Dialog und öffnen Sie ihn erneut, um sie zu sehen; nehmen Sie Ihre Änderungen dann noch einmal vor.</translation>
    </message>
</context>
<context>
    <name>galley::gui::SingleInstance</name>
    <message>
        <source>galley: Galley is already open on this store; switched to its window.</source>
        <translation>galley: Galley ist für diese Datenbank bereits geöffnet; zu seinem Fenster gewechselt.</translation>
    </message>
    <message>
        <source>galley: opened in the Galley window already open on this store.</source>
        <translation>galley: im bereits geöffneten Galley-Fenster dieser Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>galley: the editor that last used this store did not close cleanly; starting a new one.</source>
        <translation>galley: der Editor, der diese Datenbank zuletzt verwendet hat, wurde nicht sauber beendet; ein neuer wird gestartet.</translation>
    </message>
    <message>
        <source>galley: the editor already open on this store did not answer within %1 seconds; starting a new one.</source>
        <translation>galley: der für diese Datenbank bereits geöffnete Editor hat nicht innerhalb von %1 Sekunden geantwortet; ein neuer wird gestartet.</translation>
    </message>
    <message>
        <source>galley: the editor open on this store is closing; starting a new one.</source>
        <translation>galley: der für diese Datenbank geöffnete Editor wird gerade beendet; ein neuer wird gestartet.</translation>
    </message>
    <message>
        <source>galley: the editor open on this store is another version of Galley and cannot take the files; starting a new window.</source>
        <translation>galley: der für diese Datenbank geöffnete Editor ist eine andere Version von Galley und kann die Dateien nicht übernehmen; ein neues Fenster wird geöffnet.</translation>
    </message>
    <message>
        <source>galley: the socket %1 belongs to another user; starting a new editor without it.</source>
        <translation>galley: der Socket %1 gehört einem anderen Benutzer; ein neuer Editor wird ohne ihn gestartet.</translation>
    </message>
    <message>
        <source>galley: cannot reach the editor open on this store (%1); starting a new one.</source>
        <translation>galley: der für diese Datenbank geöffnete Editor ist nicht erreichbar (%1); ein neuer wird gestartet.</translation>
    </message>
    <message>
        <source>galley: files cannot be handed to an editor that is already open (%1); starting a window of its own.</source>
        <translation>galley: Dateien können nicht an einen bereits geöffneten Editor übergeben werden (%1); ein eigenes Fenster wird geöffnet.</translation>
    </message>
</context>
<context>
    <name>galley::gui::SitePage</name>
    <message>
        <source>The email&apos;s &quot;View online&quot; link opens the issue&apos;s page on the published site</source>
        <translation>Der Link „Im Browser ansehen“ der E-Mail öffnet die Seite der Ausgabe auf der veröffentlichten Website</translation>
    </message>
    <message>
        <source>File ▸ Publish Archive… and galley publish make a static website of the sent issues with these settings.</source>
        <translation>Datei ▸ Archiv veröffentlichen… und galley publish erstellen mit diesen Einstellungen eine statische Website der versandten Ausgaben.</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Site &amp;title:</source>
        <translation>&amp;Titel der Website:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Bes&amp;chreibung:</translation>
    </message>
    <message>
        <source>Issues per index &amp;page:</source>
        <translation>Ausgaben pro Index&amp;seite:</translation>
    </message>
    <message>
        <source>Page &amp;address:</source>
        <translation>Seiten&amp;adresse:</translation>
    </message>
</context>
<context>
    <name>galley::gui::SiteSettingsFields</name>
    <message>
        <source>The newsletter&apos;s name</source>
        <translation>Der Name des Newsletters</translation>
    </message>
    <message>
        <source>Where an issue&apos;s page goes: {number}, {slug}, {year}, {month}, {day}.</source>
        <translation>Wohin die Seite einer Ausgabe kommt: {number}, {slug}, {year}, {month}, {day}.</translation>
    </message>
</context>
<context>
    <name>galley::gui::SpellingController</name>
    <message>
        <source>No Suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>Zum Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>Ignore in This Issue</source>
        <translation>In dieser Ausgabe ignorieren</translation>
    </message>
</context>
<context>
    <name>galley::gui::SpellingPage</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>A word to accept</source>
        <translation>Ein Wort, das als richtig gilt</translation>
    </message>
    <message>
        <source>Words you added with Add to Dictionary are spelt right in every issue of this language. Words of at least three sent issues are known without being listed here.</source>
        <translation>Wörter, die Sie mit „Zum Wörterbuch hinzufügen“ aufgenommen haben, gelten in jeder Ausgabe dieser Sprache als richtig. Wörter aus mindestens drei versandten Ausgaben sind bekannt, ohne hier zu stehen.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) in the personal dictionary (%1).</source>
        <translation>
            <numerusform>%n Wort im persönlichen Wörterbuch (%1).</numerusform>
            <numerusform>%n Wörter im persönlichen Wörterbuch (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::gui::SponsorImportDialog</name>
    <message>
        <source>Import Sponsors from the Archive</source>
        <translation>Sponsoren aus dem Archiv importieren</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>First issue</source>
        <translation>Erste Ausgabe</translation>
    </message>
    <message>
        <source>Last issue</source>
        <translation>Letzte Ausgabe</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Already in the library.</source>
        <translation>Schon in der Bibliothek.</translation>
    </message>
    <message>
        <source>%1 (in the library)</source>
        <translation>%1 (in der Bibliothek)</translation>
    </message>
    <message numerus="yes">
        <source>%n sponsor(s) found in the archive&apos;s sponsor blocks. The heading, copy and link come from the latest issue that ran each one.</source>
        <translation>
            <numerusform>%n Sponsor in den Sponsorenblöcken des Archivs gefunden. Überschrift, Text und Link stammen aus der jüngsten Ausgabe, in der er lief.</numerusform>
            <numerusform>%n Sponsoren in den Sponsorenblöcken des Archivs gefunden. Überschrift, Text und Link stammen jeweils aus der jüngsten Ausgabe, in der sie liefen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sponsor(s) found in the archive&apos;s sponsor blocks; those already in the library are left as they are.</source>
        <translation>
            <numerusform>%n Sponsor in den Sponsorenblöcken des Archivs gefunden; was schon in der Bibliothek ist, bleibt, wie es ist.</numerusform>
            <numerusform>%n Sponsoren in den Sponsorenblöcken des Archivs gefunden; was schon in der Bibliothek ist, bleibt, wie es ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Sponsor(s)</source>
        <translation>
            <numerusform>%n Sponsor &amp;importieren</numerusform>
            <numerusform>%n Sponsoren &amp;importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::gui::SponsorsDialog</name>
    <message>
        <source>{name} becomes the sponsor&apos;s name. Empty: the label from Preferences.</source>
        <translation>{name} wird zum Namen des Sponsors. Leer: die Bezeichnung aus den Einstellungen.</translation>
    </message>
    <message>
        <source>Top slot</source>
        <translation>Platz oben</translation>
    </message>
    <message>
        <source>Closing slot</source>
        <translation>Platz am Schluss</translation>
    </message>
    <message>
        <source>Reading the sponsors and the archive…</source>
        <translation>Sponsoren und Archiv werden gelesen…</translation>
    </message>
    <message>
        <source>Could not read the sponsors: %1</source>
        <translation>Die Sponsoren konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>New sponsor</source>
        <translation>Neuer Sponsor</translation>
    </message>
    <message>
        <source>New sponsor %1</source>
        <translation>Neuer Sponsor %1</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) of %1 remain and are flagged on the Bookings page; free those slots or add %1 again.</source>
        <translation>
            <numerusform>%n Buchung von %1 bleibt bestehen und ist auf der Seite „Buchungen“ markiert; geben Sie den Platz frei oder fügen Sie %1 wieder hinzu.</numerusform>
            <numerusform>%n Buchungen von %1 bleiben bestehen und sind auf der Seite „Buchungen“ markiert; geben Sie diese Plätze frei oder fügen Sie %1 wieder hinzu.</numerusform>
        </translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>%1 (repeats the top)</source>
        <translation>%1 (wiederholt den oberen)</translation>
    </message>
    <message>
        <source>No problems with the bookings.</source>
        <translation>Keine Probleme mit den Buchungen.</translation>
    </message>
    <message>
        <source>Problems with the bookings:</source>
        <translation>Probleme mit den Buchungen:</translation>
    </message>
    <message>
        <source>Select an issue in the list first.</source>
        <translation>Wählen Sie zuerst eine Ausgabe in der Liste.</translation>
    </message>
    <message>
        <source>Add the sponsor to the library first.</source>
        <translation>Fügen Sie den Sponsor zuerst der Bibliothek hinzu.</translation>
    </message>
    <message>
        <source>The closing slot of #%1 has no booking of its own: it repeats the top sponsor. Free the top slot, or book another sponsor for the closing slot.</source>
        <translation>Der Platz am Schluss von #%1 hat keine eigene Buchung: Er wiederholt den oberen Sponsor. Geben Sie den oberen Platz frei oder buchen Sie einen anderen Sponsor für den Platz am Schluss.</translation>
    </message>
    <message>
        <source>A sponsor has no name. Name it or remove it.</source>
        <translation>Ein Sponsor hat keinen Namen. Geben Sie ihm einen oder entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>There are two sponsors named &quot;%1&quot;. Bookings name their sponsor, so give each a different name.</source>
        <translation>Zwei Sponsoren heißen „%1“. Buchungen nennen ihren Sponsor beim Namen, geben Sie daher jedem einen eigenen.</translation>
    </message>
    <message>
        <source>The link of %1 is not a web address (https://…): &quot;%2&quot;.</source>
        <translation>Der Link von %1 ist keine Webadresse (https://…): „%2“.</translation>
    </message>
    <message>
        <source>The logo URL of %1 is not a web address (https://…): &quot;%2&quot;.</source>
        <translation>Die Logo-URL von %1 ist keine Webadresse (https://…): „%2“.</translation>
    </message>
    <message>
        <source>%1 is active until a day before it starts. Check the dates.</source>
        <translation>%1 ist nur bis zu einem Tag vor seinem Beginn aktiv. Prüfen Sie die Daten.</translation>
    </message>
</context>
<context>
    <name>galley::gui::StoreClient</name>
    <message>
        <source>The store is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>galley::gui::StorePage</name>
    <message>
        <source>A store file, or a team&apos;s PostgreSQL store: postgresql://user@host:port/database?schema=name</source>
        <translation>Eine Speicherdatei oder der PostgreSQL-Speicher eines Teams: postgresql://benutzer@host:port/datenbank?schema=name</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Saved in the desktop&apos;s keyring, never in Galley&apos;s files. Used when ~/.pgpass and PGPASSWORD give none.</source>
        <translation>Im Schlüsselbund des Desktops gespeichert, nie in Galleys Dateien. Wird verwendet, wenn ~/.pgpass und PGPASSWORD keines liefern.</translation>
    </message>
    <message>
        <source>Galley opens the store named here at its next start; empty: the store in your data folder.</source>
        <translation>Galley öffnet den hier genannten Speicher beim nächsten Start; leer: den Speicher in Ihrem Datenordner.</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>PostgreSQL &amp;password:</source>
        <translation>PostgreSQL-&amp;Passwort:</translation>
    </message>
    <message>
        <source>Your &amp;name for the team:</source>
        <translation>Ihr &amp;Name im Team:</translation>
    </message>
    <message>
        <source>Galley was started with --db %1, which comes before this setting.</source>
        <translation>Galley wurde mit --db %1 gestartet; das hat Vorrang vor dieser Einstellung.</translation>
    </message>
    <message>
        <source>The GALLEY_DB environment variable names %1, which comes before this setting.</source>
        <translation>Die Umgebungsvariable GALLEY_DB nennt %1; das hat Vorrang vor dieser Einstellung.</translation>
    </message>
    <message>
        <source>Kept in the keyring for %1.</source>
        <translation>Im Schlüsselbund gespeichert für %1.</translation>
    </message>
    <message>
        <source>Only a PostgreSQL store asks for a password.</source>
        <translation>Nur ein PostgreSQL-Speicher fragt nach einem Passwort.</translation>
    </message>
</context>
<context>
    <name>galley::gui::TemplatesDialog</name>
    <message>
        <source>Issue skeleton</source>
        <translation>Gerüst der Ausgabe</translation>
    </message>
    <message>
        <source>Sponsor block (top)</source>
        <translation>Sponsorblock (oben)</translation>
    </message>
    <message>
        <source>Sponsor block (closing repeat)</source>
        <translation>Sponsorblock (Wiederholung am Schluss)</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Link line of an item</source>
        <translation>Linkzeile eines Eintrags</translation>
    </message>
    <message>
        <source>The body of a new issue: {{intro}}, {{sponsor_top}}, {{sections}} and {{sponsor_closing}} are the other blocks.</source>
        <translation>Der Text einer neuen Ausgabe: {{intro}}, {{sponsor_top}}, {{sections}} und {{sponsor_closing}} sind die übrigen Blöcke.</translation>
    </message>
    <message>
        <source>The sponsor block at the top of an issue, with its heading.</source>
        <translation>Der Sponsorblock oben in einer Ausgabe, mit seiner Überschrift.</translation>
    </message>
    <message>
        <source>The sponsor&apos;s copy repeated at the end of the last section.</source>
        <translation>Der Werbetext des Sponsors, wiederholt am Ende der letzten Rubrik.</translation>
    </message>
    <message>
        <source>One section of a new issue; {{items}} is empty there.</source>
        <translation>Eine Rubrik einer neuen Ausgabe; {{items}} ist dort leer.</translation>
    </message>
    <message>
        <source>One link item, as Add Link writes it: {{commentary}} and {{urls}}.</source>
        <translation>Ein Link-Eintrag, wie „Link hinzufügen“ ihn schreibt: {{commentary}} und {{urls}}.</translation>
    </message>
    <message>
        <source>One link line of an item, for each URL: {{url}}.</source>
        <translation>Eine Linkzeile eines Eintrags, für jede URL: {{url}}.</translation>
    </message>
    <message>
        <source>Export Template Set</source>
        <translation>Vorlagensatz exportieren</translation>
    </message>
    <message>
        <source>Galley template sets (*.json)</source>
        <translation>Galley-Vorlagensätze (*.json)</translation>
    </message>
    <message>
        <source>Import Template Set</source>
        <translation>Vorlagensatz importieren</translation>
    </message>
    <message>
        <source>Galley template sets (*.json);;All files (*)</source>
        <translation>Galley-Vorlagensätze (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading the templates…</source>
        <translation>Vorlagen werden gelesen…</translation>
    </message>
    <message>
        <source>Could not read the templates: %1</source>
        <translation>Die Vorlagen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>No preview until this is fixed:
%1</source>
        <translation>Keine Vorschau, bis das behoben ist:
%1</translation>
    </message>
    <message>
        <source>Fix the templates before exporting them: %1</source>
        <translation>Korrigieren Sie die Vorlagen vor dem Export: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder or free some space.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner oder schaffen Sie Platz.</translation>
    </message>
    <message>
        <source>Exported the template set to %1.</source>
        <translation>Vorlagensatz nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Could not read %1: %2. Nothing was changed.</source>
        <translation>%1 konnte nicht gelesen werden: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not import %1. Nothing was changed.</source>
        <translation>%1 konnte nicht importiert werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Imported the template set from %1. Save to keep it.</source>
        <translation>Vorlagensatz aus %1 importiert. Speichern Sie, um ihn zu behalten.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nichts wurde gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>galley::gui::TestSendController</name>
    <message>
        <source>No test email was sent: %1</source>
        <translation>Es wurde keine Test-E-Mail gesendet: %1</translation>
    </message>
    <message>
        <source>Send Test Email</source>
        <translation>Test-E-Mail senden</translation>
    </message>
    <message>
        <source>Sending the test email to %1 through %2…</source>
        <translation>Die Test-E-Mail wird über %2 an %1 gesendet…</translation>
    </message>
    <message>
        <source>The keyring holds no password for %1.</source>
        <translation>Der Schlüsselbund enthält kein Passwort für %1.</translation>
    </message>
    <message>
        <source>No keyring is available (%1).</source>
        <translation>Kein Schlüsselbund verfügbar (%1).</translation>
    </message>
    <message>
        <source>No test email was sent: no password for %1.</source>
        <translation>Es wurde keine Test-E-Mail gesendet: kein Passwort für %1.</translation>
    </message>
    <message>
        <source>Test email &quot;%1&quot; sent to %2 through %3.</source>
        <translation>Test-E-Mail „%1“ über %3 an %2 gesendet.</translation>
    </message>
    <message>
        <source>SMTP Password</source>
        <translation>SMTP-Passwort</translation>
    </message>
    <message>
        <source>%1
Password for %2 (kept until Galley quits):</source>
        <translation>%1
Passwort für %2 (bleibt bis zum Beenden von Galley):</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>%1 presented a certificate that no authority vouches for.</source>
        <translation>%1 hat ein Zertifikat vorgelegt, für das keine Zertifizierungsstelle bürgt.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:
%1

Trust it only if this is your server&apos;s certificate (compare the fingerprint with the server&apos;s). Galley remembers it for this server.</source>
        <translation>SHA-256-Fingerabdruck:
%1

Vertrauen Sie ihm nur, wenn es das Zertifikat Ihres Servers ist (vergleichen Sie den Fingerabdruck mit dem des Servers). Galley merkt es sich für diesen Server.</translation>
    </message>
    <message>
        <source>&amp;Trust and Send</source>
        <translation>&amp;Vertrauen und senden</translation>
    </message>
</context>
<context>
    <name>galley::gui::TitleFetcher</name>
    <message>
        <source>Only http and https pages are read.</source>
        <translation>Nur http- und https-Seiten werden gelesen.</translation>
    </message>
    <message>
        <source>The page redirects to %1, which is no web page.</source>
        <translation>Die Seite leitet auf %1 um, das ist keine Webseite.</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>Keine Antwort innerhalb von %n Sekunde.</numerusform>
            <numerusform>Keine Antwort innerhalb von %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a web page (%1).</source>
        <translation>Keine Webseite (%1).</translation>
    </message>
    <message numerus="yes">
        <source>More than %n redirect(s).</source>
        <translation>
            <numerusform>Mehr als %n Weiterleitung.</numerusform>
            <numerusform>Mehr als %n Weiterleitungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Der Server antwortete mit %1.</translation>
    </message>
</context>
</TS>
