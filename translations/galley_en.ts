<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>galley::LinkCheck</name>
    <message numerus="yes">
        <source>Links not checked: offline (%n link(s)).</source>
        <translation>
            <numerusform>Links not checked: offline (%n link).</numerusform>
            <numerusform>Links not checked: offline (%n links).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::Preflight</name>
    <message numerus="yes">
        <source>%n link(s) have waited in the inbox for more than %1: the oldest since %2 (%3). Use them or dismiss them.</source>
        <translation>
            <numerusform>%n link has waited in the inbox for more than %1: since %2 (%3). Use it or dismiss it.</numerusform>
            <numerusform>%n links have waited in the inbox for more than %1: the oldest since %2 (%3). Use them or dismiss them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::SpellChecker</name>
    <message numerus="yes">
        <source>%n more unknown word(s) from here on; galley spell lists them all.</source>
        <translation>
            <numerusform>%n more unknown word from here on; galley spell lists them all.</numerusform>
            <numerusform>%n more unknown words from here on; galley spell lists them all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::TextDecoding</name>
    <message numerus="yes">
        <source>The file holds %n control character(s) (such as a terminal&apos;s escape codes); they were replaced by ‘�’. Check this line.</source>
        <translation>
            <numerusform>The file holds %n control character (such as a terminal&apos;s escape codes); it was replaced by ‘�’. Check this line.</numerusform>
            <numerusform>The file holds %n control characters (such as a terminal&apos;s escape codes); they were replaced by ‘�’. Check this line.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::cli::CheckCommand</name>
    <message numerus="yes">
        <source>Links not checked: offline (%n link(s)).</source>
        <translation>
            <numerusform>Links not checked: offline (%n link).</numerusform>
            <numerusform>Links not checked: offline (%n links).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::cli::InboxCommand</name>
    <message numerus="yes">
        <source>%n new link(s) in the inbox.</source>
        <translation>
            <numerusform>%n new link in the inbox.</numerusform>
            <numerusform>%n new links in the inbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n item(s) from the inbox.</source>
        <translation>
            <numerusform>Removed %n item from the inbox.</numerusform>
            <numerusform>Removed %n items from the inbox.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::cli::PublishCommand</name>
    <message numerus="yes">
        <source>Published %n issue(s) to %1: </source>
        <translation>
            <numerusform>Published %n issue to %1: </numerusform>
            <numerusform>Published %n issues to %1: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written, </source>
        <translation>
            <numerusform>%n file written, </numerusform>
            <numerusform>%n files written, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged, </source>
        <translation>
            <numerusform>%n unchanged, </numerusform>
            <numerusform>%n unchanged, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed.</source>
        <translation>
            <numerusform>%n removed.</numerusform>
            <numerusform>%n removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::cli::SponsorsCommand</name>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n issue</numerusform>
            <numerusform>%n issues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would add %n sponsor(s) to the library (a dry run: nothing was written).</source>
        <translation>
            <numerusform>Would add %n sponsor to the library (a dry run: nothing was written).</numerusform>
            <numerusform>Would add %n sponsors to the library (a dry run: nothing was written).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n sponsor(s) to the library.</source>
        <translation>
            <numerusform>Added %n sponsor to the library.</numerusform>
            <numerusform>Added %n sponsors to the library.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n sponsor(s) the library already has: %1.</source>
        <translation>
            <numerusform>Skipped %n sponsor the library already has: %1.</numerusform>
            <numerusform>Skipped %n sponsors the library already has: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::cli::TrashCommand</name>
    <message numerus="yes">
        <source>galley trash: &apos;empty&apos; deletes %n issue(s) for good, with their revisions; run &apos;galley trash empty --yes&apos; to do it.</source>
        <translation>
            <numerusform>galley trash: &apos;empty&apos; deletes %n issue for good, with its revisions; run &apos;galley trash empty --yes&apos; to do it.</numerusform>
            <numerusform>galley trash: &apos;empty&apos; deletes %n issues for good, with their revisions; run &apos;galley trash empty --yes&apos; to do it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n issue(s) for good.</source>
        <translation>
            <numerusform>Deleted %n issue for good.</numerusform>
            <numerusform>Deleted %n issues for good.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::gui::ArchiveSponsorOffer</name>
    <message numerus="yes">
        <source>%n sponsor(s) found in the archive, and the library is empty.</source>
        <translation>
            <numerusform>%n sponsor found in the archive, and the library is empty.</numerusform>
            <numerusform>%n sponsors found in the archive, and the library is empty.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n sponsor(s) from the archive into the library (saved).</source>
        <translation>
            <numerusform>Imported %n sponsor from the archive into the library (saved).</numerusform>
            <numerusform>Imported %n sponsors from the archive into the library (saved).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n already in the library: %1.</source>
        <translation>
            <numerusform>Skipped %n already in the library: %1.</numerusform>
            <numerusform>Skipped %n already in the library: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::gui::CheckPanel</name>
    <message numerus="yes">
        <source>Ready to send; %n note(s) worth a look.</source>
        <translation>
            <numerusform>Ready to send; %n note worth a look.</numerusform>
            <numerusform>Ready to send; %n notes worth a look.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before sending. Click one to go to its line.</source>
        <translation>
            <numerusform>%n problem to fix before sending. Click it to go to its line.</numerusform>
            <numerusform>%n problems to fix before sending. Click one to go to its line.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::gui::ExportController</name>
    <message numerus="yes">
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>Exported %n file to %1</numerusform>
            <numerusform>Exported %n files to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::gui::FindReplaceBar</name>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::gui::HistoryDialog</name>
    <message numerus="yes">
        <source>%n revisions of this draft.</source>
        <translation>
            <numerusform>%n revision of this draft.</numerusform>
            <numerusform>%n revisions of this draft.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::gui::InboxController</name>
    <message numerus="yes">
        <source>Added %n link(s) to the inbox.</source>
        <translation>
            <numerusform>Added %n link to the inbox.</numerusform>
            <numerusform>Added %n links to the inbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) were in the inbox already.</source>
        <translation>
            <numerusform>%n link was in the inbox already.</numerusform>
            <numerusform>%n links were in the inbox already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) added to the issue.</source>
        <translation>
            <numerusform>%n link added to the issue.</numerusform>
            <numerusform>%n links added to the issue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::gui::InboxPanel</name>
    <message numerus="yes">
        <source>Dismissed %n link(s).</source>
        <translation>
            <numerusform>Dismissed %n link.</numerusform>
            <numerusform>Dismissed %n links.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>%n week ago</numerusform>
            <numerusform>%n weeks ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s) without a number</source>
        <translation>
            <numerusform>%n issue without a number</numerusform>
            <numerusform>%n issues without a number</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::gui::IssueCommands</name>
    <message numerus="yes">
        <source>Section for the %n item(s):</source>
        <translation>
            <numerusform>Section for %n item:</numerusform>
            <numerusform>Section for the %n items:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) were in this issue already and were left out.</source>
        <translation>
            <numerusform>%n link was in this issue already and was left out.</numerusform>
            <numerusform>%n links were in this issue already and were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::gui::LinkHistoryPopup</name>
    <message numerus="yes">
        <source>%1 was featured in %n issue(s):</source>
        <translation>
            <numerusform>%1 was featured in %n issue:</numerusform>
            <numerusform>%1 was featured in %n issues:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::gui::MainWindow</name>
    <message numerus="yes">
        <source>Your changes cannot be saved: %1 Your text stays here and Galley tries again every %n seconds.</source>
        <translation>
            <numerusform>Your changes cannot be saved: %1 Your text stays here and Galley tries again every %n second.</numerusform>
            <numerusform>Your changes cannot be saved: %1 Your text stays here and Galley tries again every %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min read</numerusform>
            <numerusform>%n min read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::gui::OfflineStatus</name>
    <message numerus="yes">
        <source>⚠ Offline: %n change(s) waiting</source>
        <translation>
            <numerusform>⚠ Offline: %n change waiting</numerusform>
            <numerusform>⚠ Offline: %n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Online again: %n change(s) kept while offline saved</source>
        <translation>
            <numerusform>Online again: %n change kept while offline saved</numerusform>
            <numerusform>Online again: %n changes kept while offline saved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them went over a text changed elsewhere meanwhile; both are kept in History.</source>
        <translation>
            <numerusform>%n of them went over a text changed elsewhere meanwhile; both are kept in History.</numerusform>
            <numerusform>%n of them went over a text changed elsewhere meanwhile; both are kept in History.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::gui::PublishDialog</name>
    <message numerus="yes">
        <source>Published %n issue(s): </source>
        <translation>
            <numerusform>Published %n issue: </numerusform>
            <numerusform>Published %n issues: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written, </source>
        <translation>
            <numerusform>%n file written, </numerusform>
            <numerusform>%n files written, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed.</source>
        <translation>
            <numerusform>%n removed.</numerusform>
            <numerusform>%n removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::gui::RemoteImageNotice</name>
    <message numerus="yes">
        <source>Remote images are blocked (%n)</source>
        <translation>
            <numerusform>Remote images are blocked (%n)</numerusform>
            <numerusform>Remote images are blocked (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::gui::SpellingPage</name>
    <message numerus="yes">
        <source>%n word(s) in the personal dictionary (%1).</source>
        <translation>
            <numerusform>%n word in the personal dictionary (%1).</numerusform>
            <numerusform>%n words in the personal dictionary (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::gui::SponsorImportDialog</name>
    <message numerus="yes">
        <source>%n sponsor(s) found in the archive&apos;s sponsor blocks. The heading, copy and link come from the latest issue that ran each one.</source>
        <translation>
            <numerusform>%n sponsor found in the archive&apos;s sponsor blocks. The heading, copy and link come from the latest issue that ran it.</numerusform>
            <numerusform>%n sponsors found in the archive&apos;s sponsor blocks. The heading, copy and link come from the latest issue that ran each one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sponsor(s) found in the archive&apos;s sponsor blocks; those already in the library are left as they are.</source>
        <translation>
            <numerusform>%n sponsor found in the archive&apos;s sponsor blocks; one already in the library is left as it is.</numerusform>
            <numerusform>%n sponsors found in the archive&apos;s sponsor blocks; those already in the library are left as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Sponsor(s)</source>
        <translation>
            <numerusform>&amp;Import %n Sponsor</numerusform>
            <numerusform>&amp;Import %n Sponsors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::gui::SponsorsDialog</name>
    <message numerus="yes">
        <source>%n booking(s) of %1 remain and are flagged on the Bookings page; free those slots or add %1 again.</source>
        <translation>
            <numerusform>%n booking of %1 remains and is flagged on the Bookings page; free that slot or add %1 again.</numerusform>
            <numerusform>%n bookings of %1 remain and are flagged on the Bookings page; free those slots or add %1 again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::gui::TitleFetcher</name>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>No answer within %n second.</numerusform>
            <numerusform>No answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %n redirect(s).</source>
        <translation>
            <numerusform>More than %n redirect.</numerusform>
            <numerusform>More than %n redirects.</numerusform>
        </translation>
    </message>
</context>
</TS>
