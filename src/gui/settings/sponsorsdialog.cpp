#include "settings/sponsorsdialog.h"

#include "drafts/storeclient.h"
#include "settings/archivesponsoroffer.h"
#include "settings/settingssaver.h"
#include "ui_sponsorsdialog.h"

#include <algorithm>

#include <QColor>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace galley::gui {

namespace {
bool isWebUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http")
        && !url.host().isEmpty();
}

constexpr int NumberRole = Qt::UserRole;
constexpr int DateRole = Qt::UserRole + 1;
} // namespace

SponsorsDialog::SponsorsDialog(StoreClient *client, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SponsorsDialog>())
    , m_client(client)
{
    m_ui->setupUi(this);
    m_saver = new SettingsSaver(this, client, m_ui->buttonBox->button(QDialogButtonBox::Save),
                                m_ui->statusLabel);
    connect(m_saver, &SettingsSaver::saved, this, &SponsorsDialog::saved);
    connect(m_saver, &SettingsSaver::failed, this, &SponsorsDialog::saveFailed);
    // The archive's sponsors: a bar above the tabs while the library is empty, a button always.
    m_offer = new ArchiveSponsorOffer(
        client, [this](const QString &name) { return m_book.sponsor(name) != nullptr; }, this);
    m_ui->dialogLayout->insertWidget(0, m_offer);
    m_ui->listColumn->addWidget(m_offer->importButton());
    connect(m_offer, &ArchiveSponsorOffer::imported, this,
            [this](const QList<Sponsor> &sponsors, const QStringList &skipped,
                   const SettingsBasis &before, const SettingsBasis &after) {
                m_saver->followOwnWrite(before, after);
                addImported(sponsors, skipped);
            });
    connect(m_offer, &ArchiveSponsorOffer::importFailed, this,
            [this](const QString &message) { showStatus(message, true); });
    setObjectName(u"sponsorsDialog"_s);
    m_ui->labelEdit->setToolTip(
        tr("{name} becomes the sponsor's name. Empty: the label from Preferences."));
    m_ui->slotCombo->addItem(tr("Top slot"), int(SponsorSlot::Top));
    m_ui->slotCombo->addItem(tr("Closing slot"), int(SponsorSlot::Closing));
    m_ui->bookingTree->header()->setStretchLastSection(true);
    m_ui->bookingTree->setColumnWidth(IssueColumn, 70);
    m_ui->bookingTree->setColumnWidth(DateColumn, 150);
    m_ui->bookingTree->setColumnWidth(TopColumn, 260);
    m_ui->sponsorForm->setEnabled(false);

    const auto formEdited = [this] {
        if (!m_filling)
            storeForm();
    };
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->labelEdit, m_ui->linkEdit, m_ui->logoEdit})
        connect(edit, &QLineEdit::textEdited, this, formEdited);
    for (QPlainTextEdit *edit : {m_ui->copyEdit, m_ui->notesEdit})
        connect(edit, &QPlainTextEdit::textChanged, this, formEdited);
    for (QCheckBox *check : {m_ui->fromCheck, m_ui->untilCheck})
        connect(check, &QCheckBox::toggled, this, formEdited);
    for (QDateEdit *date : {m_ui->fromDate, m_ui->untilDate})
        connect(date, &QDateEdit::dateChanged, this, formEdited);
    connect(m_ui->fromCheck, &QCheckBox::toggled, m_ui->fromDate, &QWidget::setEnabled);
    connect(m_ui->untilCheck, &QCheckBox::toggled, m_ui->untilDate, &QWidget::setEnabled);
    connect(m_ui->sponsorList, &QListWidget::currentRowChanged, this, &SponsorsDialog::showSponsor);
    connect(m_ui->addSponsor, &QPushButton::clicked, this, &SponsorsDialog::addSponsor);
    connect(m_ui->removeSponsor, &QPushButton::clicked, this, &SponsorsDialog::removeSponsor);
    connect(m_ui->countSpin, &QSpinBox::valueChanged, this, &SponsorsDialog::refreshBookings);
    connect(m_ui->bookButton, &QPushButton::clicked, this, &SponsorsDialog::bookSelected);
    connect(m_ui->unbookButton, &QPushButton::clicked, this, &SponsorsDialog::unbookSelected);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SponsorsDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_ui->tabs->setEnabled(false);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
    showStatus(tr("Reading the sponsors and the archive…"), false);
    m_client->run(
        this, [](Store &store) { return loadSettingsSnapshot(store); },
        [this](const SettingsSnapshot &snapshot) {
            if (!snapshot.error.isEmpty()) {
                showStatus(tr("Could not read the sponsors: %1").arg(snapshot.error), true);
                return;
            }
            m_saver->setBasis(snapshot.basis);
            populate(snapshot);
        });
}

SponsorsDialog::~SponsorsDialog() = default;

QTreeWidget *SponsorsDialog::bookingTree() const
{
    return m_ui->bookingTree;
}

QString SponsorsDialog::statusText() const
{
    return m_ui->statusLabel->text();
}

void SponsorsDialog::showBookings()
{
    m_ui->tabs->setCurrentWidget(m_ui->bookingsPage);
}

void SponsorsDialog::populate(const SettingsSnapshot &snapshot)
{
    m_book = snapshot.sponsors;
    m_sponsorIds.clear();
    for (qsizetype i = 0; i < m_book.sponsors.size(); ++i)
        m_sponsorIds << m_nextId++;
    m_bookingOwners.clear();
    for (const Booking &b : std::as_const(m_book.bookings)) {
        int owner = 0;
        for (qsizetype i = 0; i < m_book.sponsors.size() && !owner; ++i) {
            if (m_book.sponsors.at(i).name.compare(b.sponsor, Qt::CaseInsensitive) == 0)
                owner = m_sponsorIds.at(i);
        }
        m_bookingOwners << owner;
    }
    m_nextNumber = snapshot.nextNumber;
    m_nextDate = snapshot.nextDate;
    m_intervalDays = std::max(1, snapshot.effective.intervalDays.value);
    fillList();
    if (!m_book.sponsors.isEmpty())
        m_ui->sponsorList->setCurrentRow(0);
    refreshBookings();
    m_ui->tabs->setEnabled(true);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(true);
    showStatus(QString(), false);
    m_loaded = true;
    m_offer->setLibraryEmpty(m_book.sponsors.isEmpty());
    emit loaded();
}

void SponsorsDialog::fillList()
{
    const QSignalBlocker blocker(m_ui->sponsorList);
    m_ui->sponsorList->clear();
    for (const Sponsor &s : std::as_const(m_book.sponsors))
        m_ui->sponsorList->addItem(s.name);
    m_offer->setLibraryEmpty(m_loaded && m_book.sponsors.isEmpty());
}

void SponsorsDialog::showSponsor(int row)
{
    m_current = row >= 0 && row < m_book.sponsors.size() ? row : -1;
    m_ui->sponsorForm->setEnabled(m_current >= 0);
    m_ui->removeSponsor->setEnabled(m_current >= 0);
    const Sponsor s = m_current >= 0 ? m_book.sponsors.at(m_current) : Sponsor {};
    m_filling = true;
    m_ui->nameEdit->setText(s.name);
    m_ui->labelEdit->setText(s.label);
    m_ui->copyEdit->setPlainText(s.copy);
    m_ui->linkEdit->setText(s.link);
    m_ui->logoEdit->setText(s.logoUrl);
    m_ui->notesEdit->setPlainText(s.notes);
    m_ui->fromCheck->setChecked(s.activeFrom.isValid());
    m_ui->fromDate->setEnabled(s.activeFrom.isValid());
    m_ui->fromDate->setDate(s.activeFrom.isValid() ? s.activeFrom : QDate::currentDate());
    m_ui->untilCheck->setChecked(s.activeTo.isValid());
    m_ui->untilDate->setEnabled(s.activeTo.isValid());
    m_ui->untilDate->setDate(s.activeTo.isValid() ? s.activeTo : QDate::currentDate().addMonths(3));
    m_filling = false;
}

void SponsorsDialog::storeForm()
{
    if (m_current < 0 || m_current >= m_book.sponsors.size())
        return;
    Sponsor &s = m_book.sponsors[m_current];
    const QString oldName = s.name;
    s.name = m_ui->nameEdit->text().trimmed();
    s.label = m_ui->labelEdit->text().trimmed();
    s.copy = m_ui->copyEdit->toPlainText();
    s.link = m_ui->linkEdit->text().trimmed();
    s.logoUrl = m_ui->logoEdit->text().trimmed();
    s.notes = m_ui->notesEdit->toPlainText();
    s.activeFrom = m_ui->fromCheck->isChecked() ? m_ui->fromDate->date() : QDate();
    s.activeTo = m_ui->untilCheck->isChecked() ? m_ui->untilDate->date() : QDate();
    if (s.name != oldName) {
        // A rename carries the sponsor's bookings along.
        for (qsizetype i = 0; i < m_book.bookings.size(); ++i) {
            if (m_bookingOwners.at(i) == m_sponsorIds.at(m_current))
                m_book.bookings[i].sponsor = s.name;
        }
        if (QListWidgetItem *item = m_ui->sponsorList->item(m_current))
            item->setText(s.name);
    }
    refreshBookings();
}

void SponsorsDialog::addSponsor()
{
    QString name = tr("New sponsor");
    for (int n = 2; m_book.sponsor(name); ++n)
        name = tr("New sponsor %1").arg(n);
    Sponsor s;
    s.name = name;
    m_book.sponsors << s;
    m_sponsorIds << m_nextId++;
    fillList();
    m_ui->sponsorList->setCurrentRow(int(m_book.sponsors.size()) - 1);
    m_ui->tabs->setCurrentWidget(m_ui->libraryPage);
    m_ui->nameEdit->setFocus();
    m_ui->nameEdit->selectAll();
    refreshBookings();
}

void SponsorsDialog::removeSponsor()
{
    if (m_current < 0)
        return;
    const QString name = m_book.sponsors.at(m_current).name;
    m_book.sponsors.removeAt(m_current);
    m_sponsorIds.removeAt(m_current);
    const auto booked
        = std::count_if(m_book.bookings.cbegin(), m_book.bookings.cend(), [&](const Booking &b) {
              return b.sponsor.compare(name, Qt::CaseInsensitive) == 0;
          });
    const int row = m_current;
    fillList();
    m_ui->sponsorList->setCurrentRow(std::min(row, int(m_book.sponsors.size()) - 1));
    showSponsor(m_ui->sponsorList->currentRow());
    refreshBookings();
    if (booked > 0)
        showStatus(tr("%n booking(s) of %1 remain and are flagged on the Bookings page; free "
                      "those slots or add %1 again.",
                      nullptr, int(booked))
                       .arg(name),
                   true);
}

// The import is already saved; the sponsors join this dialog's copy, so a later Save keeps them
// (unless the copy has a sponsor of that name: the person's edit wins).
void SponsorsDialog::addImported(const QList<Sponsor> &sponsors, QStringList skipped)
{
    int added = 0;
    for (const Sponsor &s : sponsors) {
        if (m_book.sponsor(s.name)) {
            skipped << s.name;
            continue;
        }
        m_book.sponsors << s;
        m_sponsorIds << m_nextId++;
        for (qsizetype i = 0; i < m_book.bookings.size(); ++i) {
            if (m_bookingOwners.at(i) == 0
                && m_book.bookings.at(i).sponsor.compare(s.name, Qt::CaseInsensitive) == 0)
                m_bookingOwners[i] = m_sponsorIds.last();
        }
        ++added;
    }
    const int row = std::max(m_current, 0);
    fillList();
    m_ui->sponsorList->setCurrentRow(std::min(row, int(m_book.sponsors.size()) - 1));
    refreshBookings();
    showStatus(ArchiveSponsorOffer::resultText(added, skipped), false);
}

void SponsorsDialog::refreshBookings()
{
    const QString chosen = m_ui->sponsorCombo->currentText();
    m_ui->sponsorCombo->clear();
    for (const Sponsor &s : std::as_const(m_book.sponsors))
        m_ui->sponsorCombo->addItem(s.name);
    m_ui->sponsorCombo->setCurrentIndex(std::max(0, m_ui->sponsorCombo->findText(chosen)));

    QTreeWidget *tree = m_ui->bookingTree;
    const int selected = tree->indexOfTopLevelItem(tree->currentItem());
    tree->clear();
    if (!m_nextNumber || !m_nextDate.isValid()) {
        m_calendar = {};
        return;
    }
    m_calendar = bookingCalendar(m_book, *m_nextNumber, m_nextDate, m_intervalDays,
                                 m_ui->countSpin->value());
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const auto fillSlot = [&](QTreeWidgetItem *item, int column, const CalendarSlot &slot) {
        QString text = slot.sponsors.join(u" + "_s);
        if (slot.isFree())
            text = tr("free");
        else if (slot.repeatsTop)
            text = tr("%1 (repeats the top)").arg(text);
        item->setText(column, text);
        QFont font = item->font(column);
        font.setItalic(slot.isFree() || slot.repeatsTop);
        item->setFont(column, font);
        if (slot.isFree())
            item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
        if (!slot.problems.isEmpty()) {
            item->setIcon(column, warning);
            item->setForeground(column, QColor(0xb0, 0x00, 0x20));
            item->setToolTip(column, slot.problems.join(u'\n'));
        }
    };
    for (const CalendarRow &row : std::as_const(m_calendar.rows)) {
        auto *item = new QTreeWidgetItem(tree);
        item->setText(IssueColumn, u"#%1"_s.arg(row.number));
        item->setData(IssueColumn, NumberRole, row.number);
        item->setData(IssueColumn, DateRole, row.date);
        item->setText(DateColumn, QLocale().toString(row.date, QLocale::ShortFormat));
        fillSlot(item, TopColumn, row.top);
        fillSlot(item, ClosingColumn, row.closing);
    }
    if (selected >= 0 && selected < tree->topLevelItemCount())
        tree->setCurrentItem(tree->topLevelItem(selected));

    m_ui->conflictList->clear();
    for (const QString &problem : std::as_const(m_calendar.problems))
        m_ui->conflictList->addItem(new QListWidgetItem(warning, problem));
    m_ui->conflictList->setVisible(!m_calendar.problems.isEmpty());
    m_ui->conflictsLabel->setText(m_calendar.problems.isEmpty()
                                      ? tr("No problems with the bookings.")
                                      : tr("Problems with the bookings:"));
}

template<typename Pred> qsizetype SponsorsDialog::removeBookings(Pred pred)
{
    qsizetype removed = 0;
    for (qsizetype i = m_book.bookings.size() - 1; i >= 0; --i) {
        if (pred(m_book.bookings.at(i))) {
            m_book.bookings.removeAt(i);
            m_bookingOwners.removeAt(i);
            ++removed;
        }
    }
    return removed;
}

SponsorSlot SponsorsDialog::chosenSlot() const
{
    return SponsorSlot(m_ui->slotCombo->currentData().toInt());
}

void SponsorsDialog::bookSelected()
{
    const QTreeWidgetItem *item = m_ui->bookingTree->currentItem();
    if (!item) {
        showStatus(tr("Select an issue in the list first."), true);
        return;
    }
    const QString sponsor = m_ui->sponsorCombo->currentText();
    const int sponsorIndex = m_ui->sponsorCombo->currentIndex();
    if (sponsor.isEmpty() || sponsorIndex < 0 || sponsorIndex >= m_sponsorIds.size()) {
        showStatus(tr("Add the sponsor to the library first."), true);
        return;
    }
    const int number = item->data(IssueColumn, NumberRole).toInt();
    const QDate date = item->data(IssueColumn, DateRole).toDate();
    const SponsorSlot slot = chosenSlot();
    removeBookings(
        [&](const Booking &b) { return b.slot == slot && bookingIsFor(b, number, date); });
    m_book.bookings << Booking {number, {}, slot, sponsor};
    m_bookingOwners << m_sponsorIds.at(sponsorIndex);
    showStatus(QString(), false);
    refreshBookings();
}

void SponsorsDialog::unbookSelected()
{
    const QTreeWidgetItem *item = m_ui->bookingTree->currentItem();
    if (!item) {
        showStatus(tr("Select an issue in the list first."), true);
        return;
    }
    const int number = item->data(IssueColumn, NumberRole).toInt();
    const QDate date = item->data(IssueColumn, DateRole).toDate();
    const SponsorSlot slot = chosenSlot();
    const auto removed = removeBookings(
        [&](const Booking &b) { return b.slot == slot && bookingIsFor(b, number, date); });
    if (removed == 0 && slot == SponsorSlot::Closing)
        showStatus(tr("The closing slot of #%1 has no booking of its own: it repeats the top "
                      "sponsor. Free the top slot, or book another sponsor for the closing slot.")
                       .arg(number),
                   true);
    else
        showStatus(QString(), false);
    refreshBookings();
}

QString SponsorsDialog::validate() const
{
    const auto problem = [this](int row, QWidget *widget, const QString &message) {
        m_ui->tabs->setCurrentWidget(m_ui->libraryPage);
        m_ui->sponsorList->setCurrentRow(row);
        widget->setFocus();
        return message;
    };
    for (int i = 0; i < m_book.sponsors.size(); ++i) {
        const Sponsor &s = m_book.sponsors.at(i);
        if (s.name.isEmpty())
            return problem(i, m_ui->nameEdit, tr("A sponsor has no name. Name it or remove it."));
        for (int j = 0; j < i; ++j) {
            if (m_book.sponsors.at(j).name.compare(s.name, Qt::CaseInsensitive) == 0)
                return problem(i, m_ui->nameEdit,
                               tr("There are two sponsors named \"%1\". Bookings name their "
                                  "sponsor, so give each a different name.")
                                   .arg(s.name));
        }
        if (!s.link.isEmpty() && !isWebUrl(s.link))
            return problem(
                i, m_ui->linkEdit,
                tr("The link of %1 is not a web address (https://…): \"%2\".").arg(s.name, s.link));
        if (!s.logoUrl.isEmpty() && !isWebUrl(s.logoUrl))
            return problem(i, m_ui->logoEdit,
                           tr("The logo URL of %1 is not a web address (https://…): \"%2\".")
                               .arg(s.name, s.logoUrl));
        if (s.activeFrom.isValid() && s.activeTo.isValid() && s.activeTo < s.activeFrom)
            return problem(
                i, m_ui->untilDate,
                tr("%1 is active until a day before it starts. Check the dates.").arg(s.name));
    }
    return {};
}

void SponsorsDialog::save()
{
    if (!m_loaded || m_saver->isSaving())
        return;
    if (const QString problem = validate(); !problem.isEmpty())
        m_saver->refuse(problem);
    else
        m_saver->save(std::nullopt, m_book, std::nullopt);
}

void SponsorsDialog::showStatus(const QString &text, bool error)
{
    showStatusLine(m_ui->statusLabel, text, error);
}

} // namespace galley::gui
