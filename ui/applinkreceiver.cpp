#include "ui/applinkreceiver.h"

#include "services/launchoptions.h"

#include <QCoreApplication>
#include <QFileOpenEvent>

namespace okpay {

AppLinkReceiver::AppLinkReceiver(QObject *parent) : QObject(parent)
{
    QCoreApplication::instance()->installEventFilter(this);
}

bool AppLinkReceiver::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::FileOpen || watched != QCoreApplication::instance())
        return false;
    const QUrl url = static_cast<QFileOpenEvent *>(event)->url();
    if (url.scheme().toLower() != u"okpay")
        return false;  // a file, not a link: nothing of ours
    const QString place = LaunchOptions::placeFromLink(url);
    if (place.isEmpty())
        emit badLink(url.toString().left(200));
    else
        emit placeRequested(place);
    return true;
}

} // namespace okpay
