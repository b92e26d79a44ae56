#include "inbox/inboxmodel.h"

#include <QCoreApplication>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace galley::gui {

namespace {
struct InboxModelTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::gui::InboxPanel)
};
} // namespace

void InboxModel::setRows(const QList<InboxRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_now = QDateTime::currentDateTimeUtc();
    endResetModel();
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const InboxRow &row = m_rows.at(index.row());
    const InboxItem &item = row.item;
    switch (role) {
    case Qt::DisplayRole:
        return inboxRowText(row, m_now);
    case Qt::ToolTipRole: {
        QString tip = item.url;
        if (!item.description.isEmpty())
            tip += u"\n\n"_s + item.description;
        if (!item.fetchError.isEmpty())
            tip += u"\n\n"_s
                + InboxModelTr::tr("The title could not be read: %1").arg(item.fetchError);
        // A tooltip that looks like HTML is shown as HTML: what a page or feed says is escaped.
        return Qt::convertFromPlainText(tip, Qt::WhiteSpaceNormal);
    }
    case IdRole:
        return item.id;
    case FilterRole:
        return QString(item.title + u'\n' + item.url + u'\n' + item.note + u'\n' + item.section
                       + u'\n' + item.description);
    default:
        return {};
    }
}

} // namespace galley::gui
