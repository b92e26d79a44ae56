#pragma once
// Small steps the dialog tests take the way a person would: find a child widget by its object
// name, retype a line edit, press a dialog's Save, and take a picture of what is on screen.

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QWidget>

namespace galley::testsupport {

// The child named `name` (Designer's objectName), with a warning naming it when there is none.
template<typename T> T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

// Selects what the edit holds, deletes it and types `text` as key presses.
inline void replaceText(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

// Clicks the Save button of the dialog's button box (object name "buttonBox").
inline void clickSave(QDialog *dialog)
{
    auto *box = child<QDialogButtonBox>(dialog, "buttonBox");
    QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
}

// Lets pending layout requests run first, so the picture shows what a person would see.
inline void snap(QWidget *widget, const QString &path)
{
    QCoreApplication::processEvents();
    widget->grab().save(path);
}

} // namespace galley::testsupport
