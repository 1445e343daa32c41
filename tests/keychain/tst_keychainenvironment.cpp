// Proves the test harness gives the keychain tests a working Secret Service: a real QtKeychain write, read and
// delete round trip. If this fails, scripts/test's dbus-run-session/gnome-keyring setup is broken, not the product.
#include <qt6keychain/keychain.h>

#include <QSignalSpy>
#include <QTest>

class TestKeychainEnvironment : public QObject
{
    Q_OBJECT

private:
    static bool run(QKeychain::Job &job, QString *error)
    {
        QSignalSpy finished(&job, &QKeychain::Job::finished);
        job.setAutoDelete(false);
        job.start();
        if (!finished.wait(10000)) {
            *error = QStringLiteral("keychain job timed out");
            return false;
        }
        *error = job.errorString();
        return job.error() == QKeychain::NoError;
    }

private slots:
    void roundTripsASecret()
    {
        const QString service = QStringLiteral("okpay-test");
        const QString key = QStringLiteral("probe-%1").arg(QCoreApplication::applicationPid());
        QString error;

        QKeychain::WritePasswordJob write(service);
        write.setKey(key);
        write.setBinaryData(QByteArrayLiteral("s3cr3t\x00\xff"));
        QVERIFY2(run(write, &error), qPrintable(error));

        QKeychain::ReadPasswordJob read(service);
        read.setKey(key);
        QVERIFY2(run(read, &error), qPrintable(error));
        QCOMPARE(read.binaryData(), QByteArrayLiteral("s3cr3t\x00\xff"));

        QKeychain::DeletePasswordJob remove(service);
        remove.setKey(key);
        QVERIFY2(run(remove, &error), qPrintable(error));

        QKeychain::ReadPasswordJob gone(service);
        gone.setKey(key);
        QVERIFY(!run(gone, &error));
        QCOMPARE(gone.error(), QKeychain::EntryNotFound);
    }
};

QTEST_GUILESS_MAIN(TestKeychainEnvironment)
#include "tst_keychainenvironment.moc"
