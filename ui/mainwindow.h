#pragma once
#include <QMainWindow>

class QTabWidget;

namespace okpay {

// The wallet's top-level window: the Balance, Top-up/Withdraw, Security and Help tabs.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

private:
    QWidget *pendingPage(const QString &what);
    QTabWidget *m_tabs = nullptr;
};

} // namespace okpay
