// TransactionDescription: the history describes top-ups and withdrawals itself (in the app's language) and keeps
// the server's words for everything else.
#include "services/transactiondescription.h"

#include "core/transaction.h"

#include <QTest>

using namespace okpay;

namespace {
Transaction transaction(const QString &type, const QString &kind, const QString &last4 = {})
{
    Transaction t;
    t.type = type;
    t.methodKind = kind;
    t.cardLast4 = last4;
    t.description = QStringLiteral("server's words");
    return t;
}
} // namespace

class TestTransactionDescription : public QObject
{
    Q_OBJECT

private slots:
    void describesTopUpsAndWithdrawals_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("last4");
        QTest::addColumn<QString>("text");
        QTest::newRow("bank transfer") << QStringLiteral("topup") << QStringLiteral("bank_transfer") << QString() << QStringLiteral("Top-up by bank transfer");
        QTest::newRow("debit card") << QStringLiteral("topup") << QStringLiteral("debit_card") << QStringLiteral("4242") << QStringLiteral("Top-up by debit card ending 4242");
        QTest::newRow("credit card, card unknown") << QStringLiteral("topup") << QStringLiteral("credit_card") << QString() << QStringLiteral("Top-up by credit card");
        QTest::newRow("to a bank account") << QStringLiteral("withdrawal") << QStringLiteral("bank_account") << QString() << QStringLiteral("Withdrawal to bank account");
        QTest::newRow("to a card") << QStringLiteral("withdrawal") << QStringLiteral("card") << QString() << QStringLiteral("Withdrawal to card");
        QTest::newRow("to an e-wallet") << QStringLiteral("withdrawal") << QStringLiteral("ewallet") << QString() << QStringLiteral("Withdrawal to another e-wallet");
        QTest::newRow("adjustment") << QStringLiteral("adjustment") << QString() << QString() << QStringLiteral("server's words");
        QTest::newRow("refund") << QStringLiteral("refund") << QStringLiteral("card") << QString() << QStringLiteral("server's words");
        QTest::newRow("method from a newer server") << QStringLiteral("topup") << QStringLiteral("crypto") << QStringLiteral("1234") << QStringLiteral("server's words");
        QTest::newRow("kind of the other direction") << QStringLiteral("withdrawal") << QStringLiteral("debit_card") << QString() << QStringLiteral("server's words");
    }
    void describesTopUpsAndWithdrawals()
    {
        QFETCH(QString, type);
        QFETCH(QString, kind);
        QFETCH(QString, last4);
        QFETCH(QString, text);
        QCOMPARE(TransactionDescription::text(transaction(type, kind, last4)), text);
    }
    void searchWordsMapToKinds()
    {
        using Kinds = QList<std::pair<QString, QString>>;
        QCOMPARE(TransactionDescription::kindsDescribedWith(QStringLiteral("DEBIT")),
                 (Kinds{{QStringLiteral("topup"), QStringLiteral("debit_card")}}));
        QCOMPARE(TransactionDescription::kindsDescribedWith(QStringLiteral("card")).size(), 3);  // debit, credit, to card
        QCOMPARE(TransactionDescription::kindsDescribedWith(QStringLiteral("withdrawal")).size(), 3);
        QVERIFY(TransactionDescription::kindsDescribedWith(QStringLiteral("  ")).isEmpty());
        QVERIFY(TransactionDescription::kindsDescribedWith(QStringLiteral("'; DROP TABLE transactions; --")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTransactionDescription)
#include "tst_transactiondescription.moc"
