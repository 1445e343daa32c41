#include "support/smtprelay.h"

#include <QDateTime>
#include <QTcpSocket>
#include <QUuid>

namespace okpay::server {

namespace {
// Reads one (possibly multi-line) SMTP reply and returns its code, 0 on timeout or garbage.
int readReply(QTcpSocket &socket, int timeoutMs)
{
    while (true) {
        while (!socket.canReadLine())
            if (!socket.waitForReadyRead(timeoutMs))
                return 0;
        const QByteArray line = socket.readLine();
        if (line.size() < 4)
            return 0;
        if (line.at(3) == '-')
            continue;  // "250-PIPELINING": more lines follow
        return line.left(3).toInt();
    }
}

bool command(QTcpSocket &socket, const QByteArray &line, int expected, int timeoutMs)
{
    socket.write(line + "\r\n");
    return socket.waitForBytesWritten(timeoutMs) && readReply(socket, timeoutMs) == expected;
}

bool safeAddress(const QString &address)
{
    return !address.isEmpty() && !address.contains(u'\r') && !address.contains(u'\n') && !address.contains(u'<')
           && !address.contains(u'>');
}

// RFC 5321 transparency: a line starting with "." gets another one; line ends become CRLF.
QByteArray dotStuffed(const QString &text)
{
    QByteArray out;
    for (const QString &line : QString(text).remove(u'\r').split(u'\n')) {
        const QByteArray bytes = line.toUtf8();
        out += (bytes.startsWith('.') ? "." + bytes : bytes) + "\r\n";
    }
    return out;
}
} // namespace

std::optional<SmtpRelay> SmtpRelay::fromConfig(const QJsonObject &supportSection)
{
    const QJsonObject smtp = supportSection.value(u"smtp").toObject();
    if (smtp.value(u"host").toString().isEmpty())
        return std::nullopt;
    SmtpRelay relay;
    relay.m_host = smtp.value(u"host").toString();
    relay.m_port = quint16(qBound(1, smtp.value(u"port").toInt(25), 65535));
    relay.m_from = smtp.value(u"from").toString(QStringLiteral("no-reply@okpay.example"));
    relay.m_timeoutMs = qBound(1000, smtp.value(u"timeout_ms").toInt(10000), 60000);
    return relay;
}

bool SmtpRelay::send(const QString &to, const QString &replyTo, const QString &subject, const QString &body,
                     QString *error) const
{
    if (!safeAddress(to) || !safeAddress(m_from) || (!replyTo.isEmpty() && !safeAddress(replyTo))) {
        *error = QStringLiteral("unsafe address");
        return false;
    }
    QTcpSocket socket;
    socket.connectToHost(m_host, m_port);
    if (!socket.waitForConnected(m_timeoutMs) || readReply(socket, m_timeoutMs) != 220) {
        *error = QStringLiteral("relay not reachable");
        return false;
    }
    const QByteArray from = m_from.toUtf8();
    if (!command(socket, "EHLO okpay-server", 250, m_timeoutMs) || !command(socket, "MAIL FROM:<" + from + ">", 250, m_timeoutMs)
        || !command(socket, "RCPT TO:<" + to.toUtf8() + ">", 250, m_timeoutMs)
        || !command(socket, "DATA", 354, m_timeoutMs)) {
        *error = QStringLiteral("relay refused the envelope");
        return false;
    }
    QByteArray message = "From: OKPay <" + from + ">\r\nTo: <" + to.toUtf8() + ">\r\n";
    if (!replyTo.isEmpty())
        message += "Reply-To: <" + replyTo.toUtf8() + ">\r\n";
    message += "Subject: =?UTF-8?B?" + QString(subject).remove(u'\r').remove(u'\n').toUtf8().toBase64() + "?=\r\n"
               "Date: " + QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date).toUtf8() + "\r\n"
               "Message-ID: <" + QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8() + "@okpay-server>\r\n"
               "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
               + dotStuffed(body) + ".";
    if (!command(socket, message, 250, m_timeoutMs)) {
        *error = QStringLiteral("relay refused the message");
        return false;
    }
    command(socket, "QUIT", 221, m_timeoutMs);
    return true;
}

} // namespace okpay::server
