#pragma once
#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;
class QLocalSocket;
class QLockFile;

namespace okpay {

// One wallet per user session: the first okpay-wallet holds a lock and listens on a local socket; a later launch
// (a clicked okpay: link, the desktop's "Help center" action) hands it the place to open and exits. Two processes
// would otherwise rotate the same refresh token and write the same cache.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString &runtimeDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    // true: this process is the first and now listens for later launches; false: another one runs.
    bool claim();
    // Hands the running instance a place to open (empty: just come to the front) or a link that names no place.
    // false when it cannot be reached within timeoutMs.
    bool forward(const QString &place, const QString &badLink, int timeoutMs = 3000) const;

signals:
    void activated(const QString &place);  // a later launch asked for this place ("" = just show the window)
    void badLinkForwarded(const QString &link);

private:
    void read(QLocalSocket *socket);
    void handleLine(const QByteArray &line);
    QString m_runtimeDir;
    QString m_serverName;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
};

} // namespace okpay
