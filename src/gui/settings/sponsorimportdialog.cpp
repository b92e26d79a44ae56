#include "settings/sponsorimportdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace galley::gui {

QString describeArchiveIssue(const std::optional<int> &number, const QDate &date)
{
    const QString day = date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
    if (!number)
        return day;
    return day.isEmpty() ? u"#%1"_s.arg(*number) : u"#%1 (%2)"_s.arg(*number).arg(day);
}

SponsorImportDialog::SponsorImportDialog(const QList<ArchiveSponsor> &found,
                                         const std::function<bool(const QString &)> &inLibrary,
                                         QWidget *parent)
    : QDialog(parent)
    , m_found(found)
    , m_list(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"sponsorImportDialog"_s);
    setWindowTitle(tr("Import Sponsors from the Archive"));
    resize(640, 420);
    m_list->setObjectName(u"archiveSponsorList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Sponsor"), tr("First issue"), tr("Last issue"), tr("Issues")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (const int column : {FirstColumn, LastColumn, CountColumn})
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    int available = 0;
    for (const ArchiveSponsor &s : std::as_const(m_found)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, s.name);
        item->setText(FirstColumn, describeArchiveIssue(s.firstNumber, s.firstDate));
        item->setText(LastColumn, describeArchiveIssue(s.lastNumber, s.lastDate));
        item->setText(CountColumn, QString::number(s.issueCount));
        item->setTextAlignment(CountColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (inLibrary && inLibrary(s.name)) {
            // Shown, so the person sees why it is not offered.
            item->setCheckState(NameColumn, Qt::Unchecked);
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(NameColumn, tr("Already in the library."));
            item->setText(NameColumn, tr("%1 (in the library)").arg(s.name));
        } else {
            item->setCheckState(NameColumn, Qt::Checked);
            ++available;
        }
    }
    m_summary->setWordWrap(true);
    m_summary->setText(
        available == m_found.size()
            ? tr("%n sponsor(s) found in the archive's sponsor blocks. The heading, copy and "
                 "link come from the latest issue that ran each one.",
                 nullptr, int(m_found.size()))
            : tr("%n sponsor(s) found in the archive's sponsor blocks; those already in the "
                 "library are left as they are.",
                 nullptr, int(m_found.size())));
    connect(m_list, &QTreeWidget::itemChanged, this, &SponsorImportDialog::updateButton);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    updateButton();
}

QPushButton *SponsorImportDialog::importButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QList<ArchiveSponsor> SponsorImportDialog::chosen() const
{
    QList<ArchiveSponsor> out;
    for (int i = 0; i < m_list->topLevelItemCount() && i < m_found.size(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        if ((item->flags() & Qt::ItemIsEnabled) && item->checkState(NameColumn) == Qt::Checked)
            out << m_found.at(i);
    }
    return out;
}

void SponsorImportDialog::updateButton()
{
    const auto count = int(chosen().size());
    importButton()->setText(tr("&Import %n Sponsor(s)", nullptr, count));
    importButton()->setEnabled(count > 0);
}

} // namespace galley::gui
