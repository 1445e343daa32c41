#pragma once
#include <QString>

namespace okpay::server {

// Outgoing email (verification links, password resets, support replies). Without an SMTP relay configured, each
// message is written as an .eml file to the outbox directory, where the demo and the tests read it.
class Mailer
{
public:
    explicit Mailer(QString outboxDir) : m_outboxDir(std::move(outboxDir)) {}
    // Returns false when the message could not be stored; the caller decides whether that fails the request.
    bool send(const QString &to, const QString &subject, const QString &body) const;
    const QString &outboxDir() const { return m_outboxDir; }

private:
    QString m_outboxDir;
};

} // namespace okpay::server
