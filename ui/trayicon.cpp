#include "ui/trayicon.h"

#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QWidget>

namespace okpay {

TrayIcon::TrayIcon(QWidget *window) : QSystemTrayIcon(window), m_window(window)
{
    setObjectName(QStringLiteral("trayIcon"));
    auto *menu = new QMenu(window);
    QAction *open = menu->addAction(tr("Open OKPay"));
    open->setObjectName(QStringLiteral("trayOpen"));
    QAction *quit = menu->addAction(tr("Quit"));
    quit->setObjectName(QStringLiteral("trayQuit"));
    setContextMenu(menu);
    const auto bringBack = [this] {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    };
    connect(open, &QAction::triggered, this, bringBack);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);
    connect(this, &QSystemTrayIcon::activated, this, [bringBack](ActivationReason reason) {
        if (reason == Trigger || reason == DoubleClick)
            bringBack();
    });
    setUnreadCount(0);
}

void TrayIcon::setUnreadCount(int count)
{
    m_unread = qMax(0, count);
    setToolTip(m_unread == 0 ? tr("OKPay Wallet") : tr("OKPay Wallet: %n unread support reply(s)", nullptr, m_unread));
    QPixmap pixmap = QApplication::windowIcon().pixmap(64, 64);
    if (m_unread > 0) {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(QColor(0xd9, 0x30, 0x25));
        painter.setPen(Qt::NoPen);
        const QRect badge(28, 0, 36, 36);
        painter.drawEllipse(badge);
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(22);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(badge, Qt::AlignCenter, m_unread > 9 ? QStringLiteral("9+") : QString::number(m_unread));
    }
    setIcon(QIcon(pixmap));
}

} // namespace okpay
