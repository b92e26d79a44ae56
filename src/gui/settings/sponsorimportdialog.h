#pragma once

#include "archivesponsors.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace galley::gui {

// The archive's sponsors with a check box each (all checked), their first and last issue and how
// many issues ran them; a sponsor the library already has is shown but cannot be chosen.
// Import (the OK button) is on while at least one is checked.
class SponsorImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { NameColumn, FirstColumn, LastColumn, CountColumn };

    SponsorImportDialog(const QList<ArchiveSponsor> &found,
                        const std::function<bool(const QString &)> &inLibrary,
                        QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QPushButton *importButton() const;
    // The checked sponsors, in the list's order.
    QList<ArchiveSponsor> chosen() const;

private:
    void updateButton();

    QList<ArchiveSponsor> m_found;
    QTreeWidget *m_list;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
};

// "#101 (5 Jan 2025)", or the date alone for an issue without a number.
QString describeArchiveIssue(const std::optional<int> &number, const QDate &date);

} // namespace galley::gui
