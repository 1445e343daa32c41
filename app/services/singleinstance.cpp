#include "services/singleinstance.h"

#include "services/launchoptions.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QThread>

namespace okpay {

namespace {
constexpr qsizetype MaxLine = 1024;  // a place or a link is far shorter: anything longer is not one of ours
const QByteArray PlaceCommand = QByteArrayLiteral("place ");
const QByteArray BadLinkCommand = QByteArrayLiteral("bad ");

QString serverNameFor(const QString &runtimeDir)
{
#ifdef Q_OS_WIN
    // A named pipe: a name, not a path; one per user's runtime directory.
    return QStringLiteral("okpay-wallet-")
           + QString::fromLatin1(QCryptographicHash::hash(runtimeDir.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
#else
    return QDir(runtimeDir).filePath(QStringLiteral("okpay-wallet.socket"));  // in the user's private runtime dir
#endif
}
} // namespace

SingleInstance::SingleInstance(const QString &runtimeDir, QObject *parent)
    : QObject(parent), m_runtimeDir(runtimeDir), m_serverName(serverNameFor(runtimeDir))
{
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::claim()
{
    QDir().mkpath(m_runtimeDir);
    m_lock = std::make_unique<QLockFile>(QDir(m_runtimeDir).filePath(QStringLiteral("okpay-wallet.lock")));
    m_lock->setStaleLockTime(0);  // stale only when its process is gone, however long it has run
    if (!m_lock->tryLock(0)) {
        m_lock.reset();
        return false;
    }
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    QLocalServer::removeServer(m_serverName);  // left by a crashed instance; the lock says none runs now
    if (!m_server->listen(m_serverName)) {
        // Still the only instance (the lock is ours); later launches will start a window of their own.
        qWarning("okpay-wallet: cannot listen for later launches: %s", qPrintable(m_server->errorString()));
        return true;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { read(socket); });
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            read(socket);
        }
    });
    return true;
}

void SingleInstance::read(QLocalSocket *socket)
{
    while (socket->canReadLine()) {
        const QByteArray line = socket->readLine(MaxLine + 1);
        if (!line.endsWith('\n')) {
            socket->abort();  // longer than any message of ours
            return;
        }
        handleLine(line.chopped(1));
    }
    if (socket->bytesAvailable() > MaxLine)
        socket->abort();
}

void SingleInstance::handleLine(const QByteArray &line)
{
    // The socket is only the user's, but the text still comes from another process: validate like a command line.
    if (line == "show") {
        emit activated({});
    } else if (line.startsWith(PlaceCommand)) {
        const QString place = LaunchOptions::placeFromName(QString::fromUtf8(line.mid(PlaceCommand.size())));
        if (!place.isEmpty())
            emit activated(place);
    } else if (line.startsWith(BadLinkCommand)) {
        const QString link = QString::fromUtf8(line.mid(BadLinkCommand.size())).left(200);
        if (!link.isEmpty()) {
            emit activated({});
            emit badLinkForwarded(link);
        }
    }
}

bool SingleInstance::forward(const QString &place, const QString &badLink, int timeoutMs) const
{
    QByteArray message;
    if (!badLink.isEmpty())
        message = BadLinkCommand + badLink.left(200).toUtf8().replace('\n', ' ') + '\n';
    else if (!place.isEmpty())
        message = PlaceCommand + place.toUtf8() + '\n';
    else
        message = QByteArrayLiteral("show\n");
    // The first instance may hold the lock but not listen yet (it is starting): try again until the deadline.
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    while (true) {
        socket.connectToServer(m_serverName);
        if (socket.waitForConnected(int(qMax<qint64>(1, deadline.remainingTime()))))
            break;
        if (deadline.hasExpired())
            return false;
        QThread::msleep(50);
    }
    socket.write(message);
    const bool written = socket.waitForBytesWritten(int(qMax<qint64>(1, deadline.remainingTime())));
    socket.disconnectFromServer();
    if (socket.state() != QLocalSocket::UnconnectedState)
        socket.waitForDisconnected(500);
    return written;
}

} // namespace okpay
