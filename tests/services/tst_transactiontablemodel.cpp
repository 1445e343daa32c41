#include "services/transactiontablemodel.h"
#include "store/cachedatabase.h"
#include "support/transactionfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace okpay;

class TestTransactionTableModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void showsNewestFirstWithSignedLocalizedAmounts()
    {
        CacheDatabase cache(m_dir.filePath(QStringLiteral("small.sqlite")));
        QCOMPARE(cache.open(), CacheDatabase::OpenResult::Created);
        QVERIFY(test::fillTransactions(cache.db(), 10));
        TransactionStore store(cache.db());
        TransactionTableModel model(&store);
        model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.data(model.index(0, 0), TransactionTableModel::TransactionIdRole).toString(), QStringLiteral("t10"));
        QCOMPARE(model.data(model.index(9, 0), TransactionTableModel::TransactionIdRole).toString(), QStringLiteral("t1"));
        // t10 is a top-up (credit) of 1.10, t9 a withdrawal (debit) of 1.09.
        QCOMPARE(model.data(model.index(0, TransactionTableModel::AmountColumn)).toString(), QStringLiteral("+$1.10"));
        QCOMPARE(model.data(model.index(1, TransactionTableModel::AmountColumn)).toString(), QStringLiteral("-$1.09"));
        QCOMPARE(model.data(model.index(0, TransactionTableModel::TypeColumn)).toString(), QStringLiteral("Top-up"));
        QCOMPARE(model.data(model.index(0, TransactionTableModel::StatusColumn)).toString(), QStringLiteral("Pending"));
        QVERIFY(!model.data(model.index(10, 0)).isValid());
        QVERIFY(!model.data(model.index(-1, 0)).isValid());
    }
    void describesACardTopUpWithItsCardFromTheCache()
    {
        CacheDatabase cache(m_dir.filePath(QStringLiteral("card.sqlite")));
        QCOMPARE(cache.open(), CacheDatabase::OpenResult::Created);
        TransactionStore store(cache.db());
        Transaction card;
        card.id = QStringLiteral("t_card");
        card.type = QStringLiteral("topup");
        card.direction = QStringLiteral("credit");
        card.status = QStringLiteral("completed");
        card.methodKind = QStringLiteral("debit_card");
        card.cardLast4 = QStringLiteral("4242");
        card.description = QStringLiteral("Top-up by debit card ending 4242");
        card.createdAt = card.updatedAt = QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);
        Transaction adjustment = card;
        adjustment.id = QStringLiteral("t_adj");
        adjustment.type = QStringLiteral("adjustment");
        adjustment.methodKind.clear();
        adjustment.cardLast4.clear();
        adjustment.description = QStringLiteral("Goodwill credit for a delayed transfer");
        adjustment.createdAt = adjustment.updatedAt = card.createdAt.addSecs(60);
        QVERIFY(store.upsert({card, adjustment}));
        QCOMPARE(store.find(QStringLiteral("t_card"))->cardLast4, QStringLiteral("4242"));
        TransactionTableModel model(&store);
        QCOMPARE(model.data(model.index(1, TransactionTableModel::DescriptionColumn)).toString(),
                 QStringLiteral("Top-up by debit card ending 4242"));
        QCOMPARE(model.data(model.index(0, TransactionTableModel::DescriptionColumn)).toString(),
                 QStringLiteral("Goodwill credit for a delayed transfer"));
        // A search finds rows by the words the table shows, not only by the server's stored text.
        card.id = QStringLiteral("t_card_old");
        card.description = QStringLiteral("Card payment");  // how an older server may have put it
        card.createdAt = card.updatedAt = card.createdAt.addSecs(-60);
        QVERIFY(store.upsert({card}));
        TransactionFilter debit;
        debit.text = QStringLiteral("by debit");
        model.setFilter(debit);
        QCOMPARE(model.rowCount(), 2);
        debit.text = QStringLiteral("goodwill");
        model.setFilter(debit);
        QCOMPARE(model.rowCount(), 1);
    }
    void sortsByDateAndAmountAndHidesAmounts()
    {
        CacheDatabase cache(m_dir.filePath(QStringLiteral("sort.sqlite")));
        cache.open();
        QVERIFY(test::fillTransactions(cache.db(), 30));  // t<n> has amount n + 100 minor units
        TransactionStore store(cache.db());
        TransactionTableModel model(&store);
        model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        const auto firstId = [&] { return model.data(model.index(0, 0), TransactionTableModel::TransactionIdRole).toString(); };
        model.sort(TransactionTableModel::DateColumn, Qt::AscendingOrder);
        QCOMPARE(firstId(), QStringLiteral("t1"));
        model.sort(TransactionTableModel::AmountColumn, Qt::DescendingOrder);
        QCOMPARE(firstId(), QStringLiteral("t30"));
        QCOMPARE(model.data(model.index(29, 0), TransactionTableModel::TransactionIdRole).toString(), QStringLiteral("t1"));
        model.sort(TransactionTableModel::AmountColumn, Qt::AscendingOrder);
        QCOMPARE(firstId(), QStringLiteral("t1"));
        model.sort(TransactionTableModel::StatusColumn, Qt::DescendingOrder);  // not sortable: the order stays
        QCOMPARE(firstId(), QStringLiteral("t1"));
        // A filter keeps the chosen order.
        TransactionFilter topUps = model.filter();
        topUps.type = QStringLiteral("topup");
        model.setFilter(topUps);
        QCOMPARE(model.rowCount(), 15);
        QVERIFY(model.data(model.index(0, TransactionTableModel::AmountColumn)).toString().contains(QStringLiteral("1.0")));
        model.setAmountsHidden(true);
        QCOMPARE(model.data(model.index(0, TransactionTableModel::AmountColumn)).toString(), TransactionTableModel::hiddenAmount());
        QCOMPARE(model.transaction(0)->id, model.data(model.index(0, 0), TransactionTableModel::TransactionIdRole).toString());
        QVERIFY(!model.transaction(99).has_value());
    }
    void filtersByTypeStatusAndText()
    {
        CacheDatabase cache(m_dir.filePath(QStringLiteral("filter.sqlite")));
        cache.open();
        QVERIFY(test::fillTransactions(cache.db(), 100));
        TransactionStore store(cache.db());
        TransactionTableModel model(&store);
        model.setFilter(TransactionFilter{QStringLiteral("topup"), {}, {}, {}, {}, {}});
        QCOMPARE(model.rowCount(), 50);
        model.setFilter(TransactionFilter{{}, QStringLiteral("pending"), {}, {}, {}, {}});
        QCOMPARE(model.rowCount(), 10);
        model.setFilter(TransactionFilter{{}, {}, {}, QStringLiteral("number 42"), {}, {}});
        QCOMPARE(model.rowCount(), 1);
        model.setFilter(TransactionFilter{{}, {}, {}, QStringLiteral("ref7"), {}, {}});  // reference, any case
        QCOMPARE(model.rowCount(), 11);  // REF7, REF70..REF79
        model.setFilter(TransactionFilter{{}, {}, {}, QStringLiteral("'; DROP TABLE transactions; --"), {}, {}});
        QCOMPARE(model.rowCount(), 0);
        // Rows are one a minute from 2020-01-01 00:01: all 100 fall on that day.
        TransactionFilter day;
        day.from = QDate(2020, 1, 1);
        day.to = QDate(2020, 1, 1);
        model.setFilter(day);
        QCOMPARE(model.rowCount(), 100);
        day.from = QDate(2020, 1, 2);
        day.to = QDate(2020, 1, 31);
        model.setFilter(day);
        QCOMPARE(model.rowCount(), 0);
        model.setFilter({});
        QCOMPARE(model.rowCount(), 100);
    }
    void millionRowsOpenAndScrollToTheEndInPages()
    {
        CacheDatabase cache(m_dir.filePath(QStringLiteral("million.sqlite")));
        cache.open();
        QVERIFY(test::fillTransactions(cache.db(), 1'000'000));
        TransactionStore store(cache.db());
        TransactionTableModel model(&store);
        QCOMPARE(model.rowCount(), 1'000'000);
        QCOMPARE(model.pagesRead(), 0);  // opening reads no rows, only the count
        // What a view shows at the top, then after jumping to the bottom.
        for (int row = 0; row < 40; ++row)
            model.data(model.index(row, TransactionTableModel::AmountColumn));
        for (int row = 999'960; row < 1'000'000; ++row)
            model.data(model.index(row, TransactionTableModel::DescriptionColumn));
        QCOMPARE(model.data(model.index(999'999, 0), TransactionTableModel::TransactionIdRole).toString(), QStringLiteral("t1"));
        QCOMPARE(model.pagesRead(), 2);  // 400 of 1,000,000 rows read
        // Scrolling through many pages keeps memory bounded.
        for (int row = 0; row < 1'000'000; row += 50'000)
            model.data(model.index(row, 0));
        QVERIFY(model.cachedPages() <= TransactionTableModel::MaxCachedPages);
    }
};

QTEST_GUILESS_MAIN(TestTransactionTableModel)
#include "tst_transactiontablemodel.moc"
