#include "issue/linkhistorypopup.h"

#include "drafts/storeclient.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScreen>
#include <QTextBlock>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace galley::gui {

namespace {
const QRegularExpression &urlPattern()
{
    static const QRegularExpression re(u"https?://[^\\s<>()\\[\\]\"'`]+"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

QString trimUrl(QString url)
{
    while (!url.isEmpty() && QStringView(u".,;:!?*_").contains(url.back()))
        url.chop(1);
    return url;
}

// The first URL in `text`, or the one that spans `column` when one does.
QString urlIn(const QString &text, int column = -1)
{
    QString first;
    auto it = urlPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (first.isEmpty())
            first = m.captured();
        if (column >= m.capturedStart() && column <= m.capturedEnd())
            return trimUrl(m.captured());
    }
    return column < 0 ? trimUrl(first) : QString();
}
} // namespace

LinkHistoryPopup::LinkHistoryPopup(QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_heading(new QLabel(this))
    , m_list(new QListWidget(this))
{
    setObjectName(u"linkHistoryPopup"_s);
    setFrameShape(QFrame::StyledPanel);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_list->setObjectName(u"linkHistoryList"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_heading);
    layout->addWidget(m_list);
    resize(460, 220);
    m_list->installEventFilter(this);
    connect(m_list, &QListWidget::itemActivated, this, [this] { openCurrent(); });
}

QString LinkHistoryPopup::urlToLookUp(const QPlainTextEdit *editor)
{
    const QTextCursor cursor = editor->textCursor();
    if (cursor.hasSelection()) {
        const QString selected = cursor.selectedText().trimmed();
        const QString url = urlIn(selected);
        if (!url.isEmpty())
            return url;
        if (!selected.contains(u' ') && selected.contains(u'.') && !selected.contains(u'\u2029'))
            return selected; // a bare address such as example.com/page
    }
    const QString line = cursor.block().text();
    const QString under = urlIn(line, cursor.positionInBlock());
    if (!under.isEmpty())
        return under;
    if (const QClipboard *clipboard = QApplication::clipboard()) {
        const QString copied = clipboard->text().trimmed();
        const QString url = urlIn(copied);
        if (!url.isEmpty())
            return url;
    }
    return {};
}

void LinkHistoryPopup::lookUp(StoreClient *client, const QString &url, qint64 selfId,
                              const QPoint &globalPos)
{
    const int generation = ++m_generation;
    client->run(
        this,
        [url, selfId](Store &store) {
            QList<LinkUse> uses;
            if (const auto found = store.linkUses(url)) {
                for (const LinkUse &u : *found) {
                    if (u.issueId != selfId)
                        uses << u;
                }
            }
            return uses;
        },
        [this, generation, url, globalPos](const QList<LinkUse> &uses) {
            if (generation != m_generation)
                return;
            setUses(url, uses);
            QPoint pos = globalPos;
            if (const QScreen *screen = QGuiApplication::screenAt(globalPos)) {
                const QRect area = screen->availableGeometry();
                pos.setX(std::min(pos.x(), area.right() - width()));
                if (pos.y() + height() > area.bottom())
                    pos.setY(pos.y() - height() - 24);
            }
            move(pos);
            QFrame::show();
            m_list->setFocus();
            emit shown();
        });
}

void LinkHistoryPopup::setUses(const QString &url, const QList<LinkUse> &uses)
{
    m_url = url;
    m_list->clear();
    if (uses.isEmpty()) {
        m_heading->setText(tr("%1 was never featured.").arg(url));
        auto *item = new QListWidgetItem(tr("Never featured in any issue."), m_list);
        item->setFlags(Qt::ItemIsEnabled);
        fitToRows();
        return;
    }
    m_heading->setText(tr("%1 was featured in %n issue(s):", nullptr, int(uses.size())).arg(url));
    const QLocale locale;
    for (const LinkUse &u : uses) {
        QString text = u.number ? u"#"_s + QString::number(*u.number) + u"  "_s : QString();
        text += u.title;
        if (u.date.isValid())
            text += u" · "_s + locale.toString(u.date.date(), QLocale::ShortFormat);
        if (u.sponsor)
            text += u" · "_s + tr("sponsor link");
        if (u.status != IssueStatus::Sent)
            text += u" · "_s + tr("not sent yet");
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, u.issueId);
        item->setToolTip(u.section.isEmpty() ? u.url : tr("%1, in %2").arg(u.url, u.section));
    }
    m_list->setCurrentRow(0);
    fitToRows();
}

void LinkHistoryPopup::fitToRows()
{
    // As tall as the answer (up to ten rows), not a fixed box with empty space below.
    const int rows = std::clamp(m_list->count(), 1, 10);
    const int rowHeight = std::max(m_list->sizeHintForRow(0), fontMetrics().height() + 4);
    m_list->setFixedHeight(rows * rowHeight + 2 * m_list->frameWidth() + 2);
    adjustSize();
    resize(std::max(width(), 460), height());
}

QString LinkHistoryPopup::heading() const
{
    return m_heading->text();
}

void LinkHistoryPopup::openCurrent()
{
    const QListWidgetItem *item = m_list->currentItem();
    const qint64 id = item ? item->data(Qt::UserRole).toLongLong() : 0;
    hide();
    if (id > 0)
        emit openRequested(id);
}

bool LinkHistoryPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openCurrent();
            return true;
        }
        if (key == Qt::Key_Escape) {
            hide();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace galley::gui
