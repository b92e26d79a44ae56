#include "issue/issuecommands.h"

#include "addlink.h"
#include "drafts/draftsession.h"
#include "drafts/storeclient.h"
#include "editor/markdowneditor.h"
#include "englishdate.h"
#include "issue/addlinkdialog.h"
#include "issue/blockinsertion.h"
#include "issue/checkpanel.h"
#include "issue/commandpalette.h"
#include "issue/linkhistorypopup.h"
#include "issuestructure.h"
#include "nextissueplanner.h"
#include "window/actionregistry.h"
#include "window/messagebar.h"

#include <QAction>
#include <QInputDialog>
#include <QMainWindow>
#include <QStatusBar>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace galley::gui {

namespace {
// An edit computed on the worker thread, or why there is none.
struct EditOutcome
{
    std::optional<Error> error;
    TextEdit edit;
    int line = 0;
    QString note; // shown after the edit (e.g. "no sponsor is booked")
};

EditOutcome editOf(const SplitDocument &doc, const InsertedBlock &inserted)
{
    EditOutcome out;
    out.edit = textEditBetween(doc.body, inserted.body);
    out.edit.start += doc.bodyOffset;
    out.line = inserted.firstLine + doc.bodyFirstLine - 1;
    return out;
}
} // namespace

IssueCommands::IssueCommands(const WindowParts &parts)
    : QObject(parts.window)
    , m_parts(parts)
{
    setObjectName(u"issueCommands"_s);
    using A = ActionRegistry;
    ActionRegistry *actions = parts.actions;
    auto on = [this, actions](A::Id id, auto &&slot) {
        connect(actions->action(id), &QAction::triggered, this, slot);
    };
    on(A::NewIssue, [this] { newIssue(); });
    on(A::InsertSponsorTop, [this] { insertSponsor(SponsorSlot::Top); });
    on(A::InsertSponsorClosing, [this] { insertSponsor(SponsorSlot::Closing); });
    on(A::InsertSection, [this] { insertSection(); });
    on(A::AddLink, [this] { addLink(); });
    on(A::LinkHistory, [this] { showLinkHistory(); });
    on(A::CheckIssue, [this] { showCheck(); });
    on(A::CheckLinks, [this] {
        showCheck();
        m_check->checkLinks();
    });

    m_check = new CheckPanel(parts.editor, parts.storeClient, parts.session);
    if (QTabWidget *side = parts.sidePanel)
        side->addTab(m_check, tr("Check"));

    m_palette = new CommandPalette(actions, parts.window);
    on(A::CommandPalette, [this] { m_palette->popup(); });

    m_history = new LinkHistoryPopup(parts.window);
    connect(m_history, &LinkHistoryPopup::openRequested, this, &IssueCommands::openIssueRequested);
}

AddLinkDialog *IssueCommands::addLinkDialog() const
{
    return m_addLink;
}

QInputDialog *IssueCommands::sectionChooser() const
{
    return m_sectionChooser;
}

QInputDialog *IssueCommands::newSectionChooser(const QString &title, const QString &label,
                                               const QStringList &sections)
{
    if (m_sectionChooser)
        m_sectionChooser->close();
    auto *dialog = new QInputDialog(m_parts.window);
    m_sectionChooser = dialog;
    dialog->setObjectName(u"sectionChooser"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setComboBoxItems(sections);
    dialog->setComboBoxEditable(false);
    // Wide enough for its title.
    dialog->resize(std::max(dialog->sizeHint().width(), 360), dialog->sizeHint().height());
    return dialog;
}

template<typename Done> void IssueCommands::prepare(Done done)
{
    MarkdownEditor *editor = m_parts.editor;
    m_parts.storeClient->run(
        this,
        [text = editor->toPlainText(), cursorLine = editor->cursorLine()](Store &store) {
            Prepared p;
            auto context = loadNewsletterContext(store);
            if (!context) {
                p.error = context.error();
                return p;
            }
            p.context = std::move(*context);
            auto doc = splitDocument(text);
            if (!doc) {
                p.error = doc.error();
                return p;
            }
            p.document = std::move(*doc);
            const IssueStructure s
                = analyseIssue(p.document.body, p.context.profile.sponsorLabelPrefix());
            const int bodyLine = cursorLine - p.document.bodyFirstLine + 1;
            for (const IssueSection &sec : s.sections) {
                p.documentSections << sec.heading;
                if (bodyLine >= sec.headingLine)
                    p.cursorSection = sec.heading;
            }
            return p;
        },
        std::move(done));
}

void IssueCommands::fail(const QString &message)
{
    m_parts.messageBar->showMessage(message, MessageBar::Level::Warning);
    emit commandFailed(message);
}

void IssueCommands::info(const QString &message)
{
    m_parts.messageBar->showMessage(message, MessageBar::Level::Info);
}

bool IssueCommands::applyEdit(const TextEdit &edit, int cursorLine, const QString &before,
                              qint64 issueId)
{
    MarkdownEditor *editor = m_parts.editor;
    // The text itself, not QTextDocument::revision(): every re-highlight (a dictionary that
    // arrives, a setext heading's underline typed) counts as a revision too.
    if (m_parts.session->issueId() != issueId || editor->toPlainText() != before) {
        fail(tr("The text changed before the insertion was ready, so nothing was inserted. "
                "Please try again."));
        return false;
    }
    QTextCursor cursor(editor->document());
    cursor.beginEditBlock();
    cursor.setPosition(edit.start);
    cursor.setPosition(edit.start + edit.removed, QTextCursor::KeepAnchor);
    cursor.insertText(edit.inserted);
    cursor.endEditBlock();
    editor->goToLine(cursorLine);
    editor->setFocus();
    emit editApplied(cursorLine);
    return true;
}

void IssueCommands::newIssue()
{
    m_parts.storeClient->run(
        this,
        [](Store &store) -> Result<NextIssue> {
            const auto context = loadNewsletterContext(store);
            if (!context)
                return context.error();
            return NextIssuePlanner(context->profile, context->sponsors, context->templates)
                .plan(context->archive);
        },
        [this](const Result<NextIssue> &next) {
            if (!next) {
                fail(tr("The next issue cannot be planned: %1").arg(next.error().toString()));
                return;
            }
            const QString document = next->document;
            StoreClient *client = m_parts.storeClient;
            client->post([client, document] {
                client->createIssue(document, WindowParts::OpenAfterCreateTag);
            });
            m_parts.window->statusBar()->showMessage(tr("Created %1.").arg(next->title), 8000);
            if (next->topSponsor.isEmpty())
                info(tr("No sponsor is booked for issue #%1: both sponsor slots say “TK sponsor”. "
                        "Book one in Issue ▸ Sponsors and Bookings.")
                         .arg(next->number));
        });
}

void IssueCommands::insertSponsor(SponsorSlot slot)
{
    MarkdownEditor *editor = m_parts.editor;
    const QString before = editor->toPlainText();
    const qint64 issueId = m_parts.session->issueId();
    const int cursorLine = editor->cursorLine();
    prepare([this, slot, before, issueId, cursorLine](const Prepared &p) {
        if (p.error) {
            fail(tr("The sponsor block cannot be inserted: %1").arg(p.error->toString()));
            return;
        }
        // Small work on small text (one block), so it is fine here.
        std::optional<Sponsor> sponsor;
        if (p.document.number)
            sponsor = p.context.sponsors.bookedFor(*p.document.number, p.document.date, slot);
        const auto block = p.context.blocks().sponsorBlock(slot, sponsor);
        if (!block) {
            fail(tr("The sponsor block cannot be inserted: %1").arg(block.error().toString()));
            return;
        }
        // Placing the block walks the body: do it on the worker thread.
        m_parts.storeClient->run(
            this,
            [doc = p.document, block = *block, cursorLine](Store &) {
                return editOf(
                    doc, insertBlockNearLine(doc.body, cursorLine - doc.bodyFirstLine + 1, block));
            },
            [this, before, issueId, sponsor, doc = p.document](const EditOutcome &out) {
                applyEdit(out.edit, out.line, before, issueId);
                if (sponsor)
                    return;
                const QString which = doc.number
                    ? tr("issue #%1 (%2)")
                          .arg(*doc.number)
                          .arg(doc.date.isValid() ? englishLongDate(doc.date) : tr("no date"))
                    : tr("this issue (it has no number)");
                info(tr("No sponsor is booked for %1, so a marked placeholder (“TK sponsor”) was "
                        "inserted. Book a sponsor in Issue ▸ Sponsors and Bookings.")
                         .arg(which));
            });
    });
}

void IssueCommands::insertSection()
{
    MarkdownEditor *editor = m_parts.editor;
    const QString before = editor->toPlainText();
    const qint64 issueId = m_parts.session->issueId();
    prepare([this, before, issueId](const Prepared &p) {
        if (p.error) {
            fail(tr("The section cannot be inserted: %1").arg(p.error->toString()));
            return;
        }
        QStringList missing;
        for (const QString &name : p.context.profile.sections.value) {
            if (!p.documentSections.contains(name, Qt::CaseInsensitive))
                missing << name;
        }
        if (missing.isEmpty()) {
            fail(p.context.profile.sections.value.isEmpty()
                     ? tr("No sections are set up yet. Add them in Preferences.")
                     : tr("This issue already has every section of the settings (%1).")
                           .arg(p.context.profile.sections.value.join(u", "_s)));
            return;
        }
        QInputDialog *dialog = newSectionChooser(
            tr("Insert Section"),
            tr("Section to insert (it goes where the section order puts it):"), missing);
        connect(dialog, &QInputDialog::textValueSelected, this,
                [this, p, before, issueId](const QString &name) {
                    m_parts.storeClient->run(
                        this,
                        [doc = p.document, name, profile = p.context.profile,
                         blocks = p.context.blocks()](Store &) {
                            const auto block = blocks.section(name, {}, profile.headingStyle(name));
                            if (!block) {
                                EditOutcome out;
                                out.error = block.error();
                                return out;
                            }
                            const auto inserted
                                = galley::gui::insertSection(doc.body, name, profile.sections.value,
                                                             *block, profile.sponsorLabelPrefix());
                            if (!inserted) {
                                EditOutcome out;
                                out.error = inserted.error();
                                return out;
                            }
                            return editOf(doc, *inserted);
                        },
                        [this, before, issueId](const EditOutcome &out) {
                            if (out.error) {
                                fail(out.error->message);
                                return;
                            }
                            applyEdit(out.edit, out.line, before, issueId);
                        });
                });
        dialog->open();
        emit sectionChooserShown();
    });
}

void IssueCommands::addLink(const LinkPrefill &prefill)
{
    MarkdownEditor *editor = m_parts.editor;
    const QString before = editor->toPlainText();
    const qint64 issueId = m_parts.session->issueId();
    prepare([this, before, issueId, prefill](const Prepared &p) {
        if (p.error) {
            fail(tr("Add Link needs the newsletter's settings: %1").arg(p.error->toString()));
            return;
        }
        if (m_addLink)
            m_addLink->close();
        auto *dialog = new AddLinkDialog(m_parts.storeClient, m_parts.window);
        m_addLink = dialog;
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setDocument(before, issueId);
        dialog->setBlocks(p.context.blocks(), p.context.profile.sponsorLabelPrefix());
        const bool known = p.documentSections.contains(prefill.section);
        dialog->setSections(p.documentSections, known ? prefill.section : p.cursorSection);
        if (!prefill.urls.isEmpty())
            dialog->setUrls(prefill.urls.join(u'\n'));
        if (!prefill.commentary.isEmpty())
            dialog->setCommentary(prefill.commentary);
        connect(dialog, &QDialog::accepted, this, [this, dialog, before, issueId] {
            if (applyEdit(dialog->edit(), dialog->itemLine(), before, issueId))
                emit linksAdded(dialog->urls(), issueId);
        });
        dialog->open();
        emit addLinkDialogShown();
    });
}

void IssueCommands::addItems(const QList<LinkPrefill> &items)
{
    const QString before = m_parts.editor->toPlainText();
    const qint64 issueId = m_parts.session->issueId();
    prepare([this, before, issueId, items](const Prepared &p) {
        if (p.error) {
            fail(tr("The links cannot be added: %1").arg(p.error->toString()));
            return;
        }
        if (p.documentSections.isEmpty()) {
            fail(tr("This issue has no section yet: insert one first (Issue ▸ Insert Section)."));
            return;
        }
        QInputDialog *dialog = newSectionChooser(
            tr("Add Links to the Issue"),
            tr("Section for the %n item(s):", nullptr, int(items.size())), p.documentSections);
        const QString wanted = items.first().section;
        dialog->setTextValue(p.documentSections.contains(wanted) ? wanted : p.cursorSection);
        connect(dialog, &QInputDialog::textValueSelected, this,
                [this, p, items, before, issueId](const QString &section) {
                    QList<NewItem> newItems;
                    for (const LinkPrefill &i : items)
                        newItems << NewItem {i.urls, i.commentary};
                    struct Outcome
                    {
                        EditOutcome edit;
                        AddedItems added;
                    };
                    m_parts.storeClient->run(
                        this,
                        [doc = p.document, section, newItems, blocks = p.context.blocks(),
                         prefix = p.context.profile.sponsorLabelPrefix()](Store &) {
                            Outcome out;
                            auto added
                                = galley::addItems(doc.body, section, newItems, blocks, prefix);
                            if (!added) {
                                out.edit.error = added.error();
                                return out;
                            }
                            out.added = *added;
                            out.edit = editOf(doc, InsertedBlock {added->body, added->firstLine});
                            return out;
                        },
                        [this, before, issueId](const Outcome &out) {
                            if (out.edit.error)
                                return fail(out.edit.error->message);
                            if (!out.added.added.isEmpty()
                                && applyEdit(out.edit.edit, out.edit.line, before, issueId))
                                emit linksAdded(out.added.added, issueId);
                            if (!out.added.skipped.isEmpty())
                                info(tr("%n link(s) were in this issue already and were left "
                                        "out.",
                                        nullptr, int(out.added.skipped.size())));
                        });
                });
        dialog->open();
        emit sectionChooserShown();
    });
}

void IssueCommands::showLinkHistory()
{
    MarkdownEditor *editor = m_parts.editor;
    const QString url = LinkHistoryPopup::urlToLookUp(editor);
    if (url.isEmpty()) {
        fail(tr("Put the cursor on a link, select one or copy one, then ask again "
                "(Issue ▸ Link History)."));
        return;
    }
    const QRect cursor = editor->cursorRect();
    m_history->lookUp(m_parts.storeClient, url, m_parts.session->issueId(),
                      editor->viewport()->mapToGlobal(cursor.bottomLeft()));
}

void IssueCommands::showCheck()
{
    if (QTabWidget *side = m_parts.sidePanel) {
        m_parts.actions->action(ActionRegistry::ToggleDrafts)->setChecked(true);
        side->show();
        side->setCurrentWidget(m_check);
    }
    m_check->runNow();
    m_check->setFocus();
}

} // namespace galley::gui
