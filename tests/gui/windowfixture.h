#pragma once
// Shared by the window tests: a MainWindow on its own temporary store, shown and ready.

#include "store/store.h"
#include "window/mainwindow.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace galley::gui::test {

inline std::unique_ptr<MainWindow> openWindow(const QString &storePath)
{
    auto window = std::make_unique<MainWindow>(storePath);
    QSignalSpy ready(window.get(), &MainWindow::storeReady);
    window->show();
    if (!ready.wait(20000) || !ready.first().first().toBool())
        return nullptr;
    return window;
}

// Closes the window the way the person does and waits until the last save has landed.
inline bool closeWindow(std::unique_ptr<MainWindow> &window)
{
    window->close();
    if (!QTest::qWaitFor([&] { return !window->isVisible(); }, 15000))
        return false;
    window.reset();
    return true;
}

// A second, independent connection to the same store file (another window or process).
inline std::unique_ptr<Store> openStore(const QString &path)
{
    auto store = std::make_unique<Store>();
    if (!store->open(path))
        return nullptr;
    return store;
}

} // namespace galley::gui::test
