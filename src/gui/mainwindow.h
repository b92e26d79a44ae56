#pragma once

#include <QMainWindow>

class QPlainTextEdit;
class QWebEngineView;

namespace galley::gui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

private:
    QPlainTextEdit *m_editor = nullptr;
    QWebEngineView *m_preview = nullptr;
};

} // namespace galley::gui
