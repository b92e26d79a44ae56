#pragma once

#include "inbox/inboxrow.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>

namespace galley::gui {

// The Inbox tab's rows as a model: replacing them is one reset, and a row's text is made only
// when the view shows it, so an inbox of thousands of links costs the GUI thread no more than
// the rows on screen (issue 18: 5,000 items open and filter without a stall).
class InboxModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole,
        // What the filter field searches: title, address, note, section and description.
        FilterRole,
    };

    using QAbstractListModel::QAbstractListModel;

    void setRows(const QList<InboxRow> &rows);
    const QList<InboxRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<InboxRow> m_rows;
    QDateTime m_now; // ages are counted from when the rows were read
};

} // namespace galley::gui
