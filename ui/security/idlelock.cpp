#include "ui/security/idlelock.h"

#include <QCoreApplication>
#include <QEvent>

namespace okpay {

namespace {
bool isUserInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
        return true;
    default:
        return false;
    }
}
} // namespace

IdleLock::IdleLock(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { emit idle(m_minutes); });
    QCoreApplication::instance()->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    if (auto *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleLock::setMinutes(int minutes)
{
    m_minutes = qMax(0, minutes);
    restart();
}

void IdleLock::setArmed(bool armed)
{
    m_armed = armed;
    restart();
}

void IdleLock::setMinuteLength(std::chrono::milliseconds length)
{
    m_minuteLength = length;
    restart();
}

void IdleLock::restart()
{
    if (!m_armed || m_minutes == 0)
        return m_timer.stop();
    m_timer.start(m_minuteLength * m_minutes);
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    // An event filter on the application sees an unhandled event again at each parent it propagates to: cheap,
    // since restarting a running timer only moves its deadline.
    if (m_armed && m_minutes > 0 && isUserInput(event->type()))
        m_timer.start();
    return QObject::eventFilter(watched, event);
}

} // namespace okpay
