#include "ui/widgets/statusbanner.h"

namespace okpay {

StatusBanner::StatusBanner(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("statusBanner"));
    setAccessibleName(tr("Connection status"));
    setWordWrap(true);
    setMargin(8);
    setStyleSheet(QStringLiteral("QLabel#statusBanner { background: #fff4ce; color: #3d2e00; border-bottom: 1px solid #e0c060; }"));
    hide();
}

QString StatusBanner::textFor(SyncEngine::State state, const QDateTime &lastSynced, const QLocale &locale)
{
    const QString when = lastSynced.isValid() ? locale.toString(lastSynced.toLocalTime(), QLocale::ShortFormat) : QString();
    switch (state) {
    case SyncEngine::State::Online:
    case SyncEngine::State::SignedOut:
        return {};
    case SyncEngine::State::Connecting:
        return tr("Connecting to OKPay…");
    case SyncEngine::State::Offline:
        return when.isEmpty() ? tr("Offline. Anything you send is kept and sent when the connection is back.")
                              : tr("Offline — showing data from %1. Anything you send is kept and sent later.").arg(when);
    case SyncEngine::State::ServerError:
        return tr("OKPay is having trouble answering. Showing the data you already have; we will keep trying.");
    case SyncEngine::State::TlsError:
        return tr("The server's certificate was rejected, so the app is not connecting. Check your network or the server address.");
    case SyncEngine::State::Maintenance:
        return tr("OKPay is under maintenance. Your money is safe; please try again a little later.");
    }
    return {};
}

void StatusBanner::show(SyncEngine::State state, const QDateTime &lastSynced)
{
    const QString text = textFor(state, lastSynced, locale());
    setText(text);
    setVisible(!text.isEmpty());
}

} // namespace okpay
