#include "mail/mailer.h"

#include "storage/ids.h"

#include <QDateTime>
#include <QDir>
#include <QSaveFile>

namespace okpay::server {

bool Mailer::send(const QString &to, const QString &subject, const QString &body) const
{
    if (!QDir().mkpath(m_outboxDir))
        return false;
    // Header injection: a newline in an address or subject would add headers; refuse it.
    if (to.contains(u'\n') || to.contains(u'\r') || subject.contains(u'\n') || subject.contains(u'\r'))
        return false;
    QSaveFile file(QDir(m_outboxDir).filePath(Ids::newId("mail") + QStringLiteral(".eml")));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QString message = QStringLiteral("From: OKPay <no-reply@okpay.example>\r\nTo: %1\r\nSubject: %2\r\n"
                                           "Date: %3\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n%4\r\n")
                                .arg(to, subject, QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date), body);
    file.write(message.toUtf8());
    return file.commit();
}

} // namespace okpay::server
