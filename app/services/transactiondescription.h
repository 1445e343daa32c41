#pragma once
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace okpay {

struct Transaction;

// What a transaction was, in the app's language, from its type, method and card ("Top-up by debit card ending
// 4242", "借记卡充值（尾号 4242）"); the server's own (English) text for anything else, such as an adjustment.
class TransactionDescription
{
    Q_DECLARE_TR_FUNCTIONS(TransactionDescription)

public:
    static QString text(const Transaction &transaction);
    // The (type, method kind) pairs whose description contains text, ignoring case: what a search in the app's
    // language means in the cache's terms.
    static QList<std::pair<QString, QString>> kindsDescribedWith(const QString &text);
};

} // namespace okpay
