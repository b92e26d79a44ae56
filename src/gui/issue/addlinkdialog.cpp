#include "issue/addlinkdialog.h"

#include "addlink.h"
#include "drafts/storeclient.h"
#include "issuestructure.h"
#include "store/urlnormalizer.h"
#include "ui_addlinkdialog.h"

#include <QLocale>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace galley::gui {

namespace {
// What the lookup found for the URLs as typed.
struct Lookup
{
    QStringList lines; // one sentence per URL that was featured before or is in this issue
    bool duplicate = false;
};

QString issueName(const EarlierFeature &f)
{
    if (f.number)
        return u"#"_s + QString::number(*f.number);
    return u"“"_s + f.title + u"”"_s;
}
} // namespace

AddLinkDialog::AddLinkDialog(StoreClient *client, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AddLinkDialog>())
    , m_client(client)
    , m_lookupTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    setObjectName(u"addLinkDialog"_s);
    m_lookupTimer->setSingleShot(true);
    m_lookupTimer->setInterval(LookupDelayMs);
    connect(m_lookupTimer, &QTimer::timeout, this, &AddLinkDialog::lookup);
    connect(m_ui->urlsEdit, &QPlainTextEdit::textChanged, this, &AddLinkDialog::scheduleLookup);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AddLinkDialog::tryAdd);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->historyLabel->hide();
    m_ui->errorLabel->hide();
    m_ui->errorLabel->setStyleSheet(u"color: #b3261e;"_s);
}

AddLinkDialog::~AddLinkDialog() = default;

void AddLinkDialog::setDocument(const QString &text, qint64 issueId)
{
    m_text = text;
    m_issueId = issueId;
}

void AddLinkDialog::setBlocks(const IssueBlocks &blocks, const QString &sponsorLabelPrefix)
{
    m_blocks = blocks;
    m_sponsorLabelPrefix = sponsorLabelPrefix;
}

void AddLinkDialog::setSections(const QStringList &sections, const QString &current)
{
    m_ui->sectionCombo->clear();
    m_ui->sectionCombo->addItems(sections);
    const int index = m_ui->sectionCombo->findText(current);
    if (index >= 0)
        m_ui->sectionCombo->setCurrentIndex(index);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!sections.isEmpty());
    if (sections.isEmpty()) {
        m_ui->errorLabel->setText(tr("This issue has no section to add a link to. Insert one "
                                     "first (Insert ▸ Section…)."));
        m_ui->errorLabel->show();
    }
}

void AddLinkDialog::setUrls(const QString &urls)
{
    m_ui->urlsEdit->setPlainText(urls);
}

void AddLinkDialog::setCommentary(const QString &commentary)
{
    m_ui->commentaryEdit->setPlainText(commentary);
}

QString AddLinkDialog::historyText() const
{
    return m_ui->historyLabel->isHidden() ? QString() : m_ui->historyLabel->text();
}

QString AddLinkDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

QStringList AddLinkDialog::urls() const
{
    QStringList out;
    const QStringList lines = m_ui->urlsEdit->toPlainText().split(u'\n');
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    }
    return out;
}

void AddLinkDialog::scheduleLookup()
{
    ++m_lookupGeneration; // an answer for older text is stale from now on
    m_ui->errorLabel->hide();
    m_lookupTimer->start();
}

void AddLinkDialog::lookup()
{
    const QStringList urls = this->urls();
    const int generation = m_lookupGeneration;
    if (urls.isEmpty()) {
        m_ui->historyLabel->hide();
        emit lookupShown();
        return;
    }
    const QLocale locale;
    m_client->run(
        this,
        [urls, text = m_text, id = m_issueId, prefix = m_sponsorLabelPrefix, locale](Store &store) {
            Lookup result;
            // The draft's own links, read here rather than on the GUI thread: the body can be long.
            const auto split = splitDocument(text);
            const IssueStructure here = analyseIssue(
                split ? split->body : text, prefix.isEmpty() ? u"From our sponsor"_s : prefix);
            const int offset = split ? split->bodyFirstLine - 1 : 0;
            for (const QString &url : urls) {
                const QString key = normalizeUrl(url);
                for (const IssueLink &link : here.links) {
                    if (normalizeUrl(link.url) == key) {
                        result.lines
                            << AddLinkDialog::tr("%1 is already in this issue, on line %2: "
                                                 "it cannot be added again.")
                                   .arg(url)
                                   .arg(link.line + offset);
                        result.duplicate = true;
                        break;
                    }
                }
                QStringList where;
                for (const EarlierFeature &f : earlierFeatures(store, url)) {
                    if (f.issueId == id)
                        continue;
                    QString entry = issueName(f);
                    if (f.date.isValid())
                        entry += u" ("_s + locale.toString(f.date, QLocale::ShortFormat) + u')';
                    if (f.sponsor)
                        entry += AddLinkDialog::tr(" as a sponsor link");
                    where << entry;
                }
                if (!where.isEmpty()) {
                    result.lines << AddLinkDialog::tr("%1 was featured in %2.")
                                        .arg(url, where.join(u", "_s));
                }
            }
            return result;
        },
        [this, generation](const Lookup &result) {
            if (generation != m_lookupGeneration)
                return;
            m_ui->historyLabel->setText(result.lines.isEmpty()
                                            ? tr("Not featured in any earlier issue.")
                                            : result.lines.join(u'\n'));
            m_ui->historyLabel->setStyleSheet(result.duplicate ? u"color: #b3261e;"_s : QString());
            m_ui->historyLabel->show();
            emit lookupShown();
        });
}

void AddLinkDialog::setBusy(bool busy)
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void AddLinkDialog::tryAdd()
{
    if (!m_blocks || m_ui->sectionCombo->currentText().isEmpty())
        return;
    struct Outcome
    {
        std::optional<Error> error;
        TextEdit edit;
        int line = 0;
    };
    setBusy(true);
    m_client->run(
        this,
        [text = m_text, section = m_ui->sectionCombo->currentText(), urls = urls(),
         commentary = m_ui->commentaryEdit->toPlainText(), blocks = *m_blocks,
         prefix = m_sponsorLabelPrefix](Store &) {
            Outcome out;
            const auto split = splitDocument(text);
            if (!split) {
                out.error = split.error();
                return out;
            }
            const auto added = addLink(split->body, section, urls, commentary, blocks, {}, prefix);
            if (!added) {
                out.error = added.error();
                if (out.error->line > 0)
                    out.error->line += split->bodyFirstLine - 1;
                return out;
            }
            out.edit = textEditBetween(split->body, added->body);
            out.edit.start += split->bodyOffset;
            out.line = added->firstLine + split->bodyFirstLine - 1;
            return out;
        },
        [this](const Outcome &out) {
            setBusy(false);
            if (out.error) {
                // The core names the line in the body; say it as the editor counts it.
                QString message = out.error->message;
                if (out.error->code == Error::Conflict && out.error->line > 0)
                    message = tr("This link is already in this issue, on line %1: it cannot be "
                                 "added again.")
                                  .arg(out.error->line);
                m_ui->errorLabel->setText(message);
                m_ui->errorLabel->show();
                emit addRefused();
                return;
            }
            m_edit = out.edit;
            m_itemLine = out.line;
            QDialog::accept();
        });
}

} // namespace galley::gui
