#include "services/transactioncsv.h"

#include <QIODevice>

namespace okpay {

QString TransactionCsv::amountText(const Money &money)
{
    const qint64 minor = money.minor();
    const quint64 magnitude = minor < 0 ? quint64(0) - quint64(minor) : quint64(minor);
    const auto factor = quint64(money.currency().minorPerMajor());
    QString text = QString::number(magnitude / factor);
    if (money.currency().exponent() > 0)
        text += u'.' + QString::number(magnitude % factor).rightJustified(money.currency().exponent(), u'0');
    return minor < 0 ? u'-' + text : text;
}

QString TransactionCsv::cell(const QString &text)
{
    QString value = text;
    if (!value.isEmpty() && (value.front() == u'=' || value.front() == u'+' || value.front() == u'-' || value.front() == u'@'
                             || value.front() == u'\t' || value.front() == u'\r'))
        value.prepend(u'\'');
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r'))
        return u'"' + value.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return value;
}

qint64 TransactionCsv::write(const TransactionStore &store, const TransactionFilter &filter, QIODevice &out)
{
    auto line = [&out](const QStringList &cells) {
        return out.write((cells.join(u',') + QStringLiteral("\r\n")).toUtf8()) >= 0;
    };
    if (!line({QStringLiteral("date_utc"), QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("direction"),
               QStringLiteral("status"), QStringLiteral("currency"), QStringLiteral("amount"), QStringLiteral("fee"),
               QStringLiteral("total"), QStringLiteral("description"), QStringLiteral("reference")}))
        return -1;
    constexpr int kPage = 1000;
    qint64 written = 0;
    for (int offset = 0;; offset += kPage) {
        const QList<Transaction> page = store.page(offset, kPage, filter);
        for (const Transaction &t : page) {
            if (!line({t.createdAt.toUTC().toString(Qt::ISODate), cell(t.id), cell(t.type), cell(t.direction), cell(t.status),
                       t.amount.currency().code(), amountText(t.amount), amountText(t.fee), amountText(t.total),
                       cell(t.description), cell(t.reference)}))
                return -1;
            ++written;
        }
        if (page.size() < kPage)
            return written;
    }
}

} // namespace okpay
