#pragma once
#include <QObject>

class QSocketNotifier;

namespace okpay::server {

// Turns SIGTERM and SIGINT into a Qt signal on the event loop (self-pipe), so shutdown runs as ordinary code.
class ShutdownSignals : public QObject
{
    Q_OBJECT

public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

signals:
    void shutdownRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace okpay::server
