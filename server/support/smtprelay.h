#pragma once
#include <QJsonObject>
#include <QString>
#include <optional>

namespace okpay::server {

// Hands a support email to an SMTP relay (the "support.smtp" config section: host, port, from), in plain SMTP
// without authentication: the relay is expected on the local network (e.g. a local Postfix that does TLS onwards).
// Blocking, with timeouts; only ever called from a worker thread.
class SmtpRelay
{
public:
    // nullopt when no relay is configured.
    static std::optional<SmtpRelay> fromConfig(const QJsonObject &supportSection);

    // true once the relay accepted the message (250 after DATA); otherwise *error says which step failed.
    bool send(const QString &to, const QString &replyTo, const QString &subject, const QString &body,
              QString *error) const;

private:
    QString m_host;
    quint16 m_port = 25;
    QString m_from;
    int m_timeoutMs = 10000;
};

} // namespace okpay::server
