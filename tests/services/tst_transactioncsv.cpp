#include "services/transactioncsv.h"
#include "store/cachedatabase.h"
#include "support/transactionfixture.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace okpay;

class TestTransactionCsv : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void amountsAreExactAndLocaleIndependent()
    {
        QCOMPARE(TransactionCsv::amountText(Money(123450, Currency::usd())), QStringLiteral("1234.50"));
        QCOMPARE(TransactionCsv::amountText(Money(-5, Currency::usd())), QStringLiteral("-0.05"));
        QCOMPARE(TransactionCsv::amountText(Money(1000, *Currency::fromCode(u"JPY"))), QStringLiteral("1000"));
        QCOMPARE(TransactionCsv::amountText(Money(1234, *Currency::fromCode(u"KWD"))), QStringLiteral("1.234"));
        QCOMPARE(TransactionCsv::amountText(Money(std::numeric_limits<qint64>::min(), Currency::usd())),
                 QStringLiteral("-92233720368547758.08"));
    }
    void cellsAreQuotedAndFormulasNeutralised_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain") << QStringLiteral("Top-up") << QStringLiteral("Top-up");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"http://evil\")") << QStringLiteral("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("chinese") << QStringLiteral("银行转账") << QStringLiteral("银行转账");
    }
    void cellsAreQuotedAndFormulasNeutralised()
    {
        QFETCH(QString, text);
        QFETCH(QString, cell);
        QCOMPARE(TransactionCsv::cell(text), cell);
    }
    void writesTheFilteredHistoryPageByPage()
    {
        CacheDatabase cache(m_dir.filePath(QStringLiteral("csv.sqlite")));
        cache.open();
        QVERIFY(test::fillTransactions(cache.db(), 2500));
        TransactionStore store(cache.db());
        QBuffer all;
        all.open(QIODevice::WriteOnly);
        QCOMPARE(TransactionCsv::write(store, {}, all), 2500);
        const QList<QByteArray> lines = all.data().split('\n');
        QCOMPARE(lines.first().trimmed(), QByteArray("date_utc,id,type,direction,status,currency,amount,fee,total,description,reference"));
        QVERIFY(lines.at(1).startsWith("2020-01-02T17:40:00Z,t2500,topup,credit,pending,USD,6.00,0.30,6.30,"));
        QBuffer pending;
        pending.open(QIODevice::WriteOnly);
        QCOMPARE(TransactionCsv::write(store, TransactionFilter{{}, QStringLiteral("pending"), {}, {}, {}, {}}, pending), 250);
    }
};

QTEST_GUILESS_MAIN(TestTransactionCsv)
#include "tst_transactioncsv.moc"
