#include "export/previewmodebar.h"

#include "window/actionregistry.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QMetaEnum>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace galley::gui {

namespace {
const QString modeKey = u"preview/mode"_s;

struct ModeAction
{
    PreviewWidget::Mode mode;
    ActionRegistry::Id id;
};
constexpr ModeAction modeActions[] = {
    {PreviewWidget::Mode::Desktop, ActionRegistry::PreviewDesktop},
    {PreviewWidget::Mode::Phone, ActionRegistry::PreviewPhone},
    {PreviewWidget::Mode::Dark, ActionRegistry::PreviewDark},
    {PreviewWidget::Mode::PlainText, ActionRegistry::PreviewPlainText},
};
} // namespace

PreviewModeBar::PreviewModeBar(ActionRegistry *actions, PreviewWidget *preview, QWidget *parent)
    : QToolBar(parent)
    , m_actions(actions)
    , m_preview(preview)
    , m_group(new QActionGroup(this))
{
    setObjectName(u"previewModeBar"_s);
    setWindowTitle(tr("Preview Mode"));
    setMovable(false);
    setFloatable(false);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setIconSize(QSize(16, 16));
    m_group->setExclusive(true);

    // Short labels for the strip; the View menu keeps the long ones.
    const QString labels[] = {tr("Desktop"), tr("Phone 375 px"), tr("Dark"), tr("Plain Text")};
    for (size_t i = 0; i < std::size(modeActions); ++i) {
        QAction *a = m_actions->action(modeActions[i].id);
        a->setIconText(labels[i]);
        a->setToolTip(a->text().remove(u'&'));
        m_group->addAction(a);
        addAction(a);
        const PreviewWidget::Mode mode = modeActions[i].mode;
        connect(a, &QAction::triggered, this, [this, mode] { setMode(mode); });
    }

    const PreviewWidget::Mode mode = savedMode();
    for (const ModeAction &m : modeActions)
        m_actions->action(m.id)->setChecked(m.mode == mode);
    m_preview->setMode(mode);
}

PreviewWidget::Mode PreviewModeBar::savedMode()
{
    const QByteArray name = QSettings().value(modeKey).toString().toLatin1();
    bool ok = false;
    const int value = QMetaEnum::fromType<PreviewWidget::Mode>().keyToValue(name.constData(), &ok);
    return ok ? PreviewWidget::Mode(value) : PreviewWidget::Mode::Desktop;
}

void PreviewModeBar::setMode(PreviewWidget::Mode mode)
{
    m_preview->setMode(mode);
    QSettings().setValue(
        modeKey,
        QString::fromLatin1(QMetaEnum::fromType<PreviewWidget::Mode>().valueToKey(int(mode))));
}

PreviewModeBar *PreviewModeBar::install(ActionRegistry *actions, PreviewWidget *preview)
{
    auto *splitter = qobject_cast<QSplitter *>(preview->parentWidget());
    const int index = splitter ? splitter->indexOf(preview) : -1;
    auto *frame = new QWidget;
    frame->setObjectName(u"previewFrame"_s);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *bar = new PreviewModeBar(actions, preview, frame);
    layout->addWidget(bar);
    const bool hidden = preview->isHidden();
    if (index >= 0) {
        splitter->replaceWidget(index, frame); // the frame takes the preview's size and state
    } else if (QWidget *parent = preview->parentWidget(); parent && parent->layout()) {
        frame->setParent(parent);
        delete parent->layout()->replaceWidget(preview, frame);
    }
    layout->addWidget(preview, 1);
    preview->setVisible(!hidden);
    frame->setVisible(!hidden);
    bar->m_frame = frame;
    // View -> Preview shows and hides the preview itself; the frame follows it.
    preview->installEventFilter(bar);
    return bar;
}

bool PreviewModeBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_preview && m_frame) {
        if (event->type() == QEvent::ShowToParent)
            m_frame->show();
        else if (event->type() == QEvent::HideToParent)
            m_frame->hide();
    }
    return QToolBar::eventFilter(watched, event);
}

} // namespace galley::gui
