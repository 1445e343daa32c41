#include "api/keychaincredentialstore.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace okpay;
using Status = CredentialStore::Status;

class TestKeychainCredentialStore : public QObject
{
    Q_OBJECT

private:
    KeychainCredentialStore m_store{QStringLiteral("OKPay Desktop tests")};
    const CredentialKey m_key{QStringLiteral("api.okpay.example"), QStringLiteral("usr_test_%1").arg(QCoreApplication::applicationPid())};

    Status read(const CredentialKey &key, QByteArray *secret = nullptr)
    {
        Status result = Status::Failed;
        bool done = false;
        m_store.read(key, this, [&](Status s, const QByteArray &data, const QString &) {
            result = s;
            if (secret)
                *secret = data;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 15000))
            return Status::TimedOut;
        return result;
    }
    Status write(const CredentialKey &key, const QByteArray &secret)
    {
        Status result = Status::Failed;
        bool done = false;
        m_store.write(key, secret, this, [&](Status s, const QString &) { result = s; done = true; });
        return QTest::qWaitFor([&] { return done; }, 15000) ? result : Status::TimedOut;
    }
    Status remove(const CredentialKey &key)
    {
        Status result = Status::Failed;
        bool done = false;
        m_store.remove(key, this, [&](Status s, const QString &) { result = s; done = true; });
        return QTest::qWaitFor([&] { return done; }, 15000) ? result : Status::TimedOut;
    }

private slots:
    void init()
    {
        if (qEnvironmentVariableIsSet("OKPAY_EXPECT_NO_KEYCHAIN") && QString::fromLatin1(QTest::currentTestFunction()) != u"unavailableWithoutSessionBus")
            QSKIP("runs only with a working keychain");
    }
    void roundTripsARefreshToken()
    {
        const QByteArray token = QByteArrayLiteral("rt_0123456789abcdef0123456789abcdef");
        QCOMPARE(write(m_key, token), Status::Ok);
        QByteArray read;
        QCOMPARE(this->read(m_key, &read), Status::Ok);
        QCOMPARE(read, token);
        QCOMPARE(remove(m_key), Status::Ok);
    }
    void missingEntryIsNotFound()
    {
        const CredentialKey other{QStringLiteral("api.okpay.example"), QStringLiteral("nobody-%1").arg(QCoreApplication::applicationPid())};
        QCOMPARE(read(other), Status::NotFound);
        QCOMPARE(remove(other), Status::Ok);  // removing nothing leaves the goal state
    }
    void accountsAndServersDoNotShareSecrets()
    {
        const CredentialKey a{QStringLiteral("a.example"), QStringLiteral("same")};
        const CredentialKey b{QStringLiteral("b.example"), QStringLiteral("same")};
        QCOMPARE(write(a, "secret-a"), Status::Ok);
        QCOMPARE(write(b, "secret-b"), Status::Ok);
        QByteArray value;
        QCOMPARE(read(a, &value), Status::Ok);
        QCOMPARE(value, QByteArray("secret-a"));
        remove(a);
        remove(b);
    }
    void unavailableWithoutSessionBus()
    {
        if (!qEnvironmentVariableIsSet("OKPAY_EXPECT_NO_KEYCHAIN"))
            QSKIP("run by the _nodbus ctest entry with a broken session bus address");
        const Status status = write(m_key, "never-stored");
        QVERIFY2(status == Status::Unavailable || status == Status::TimedOut, qPrintable(QString::number(int(status))));
        // No plain-text fallback anywhere under HOME.
        QDir home(QDir::homePath());
        for (const QString &entry : home.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
            QVERIFY2(!entry.contains(QStringLiteral("keychain"), Qt::CaseInsensitive), qPrintable(entry));
    }
    void classifiesKeychainErrors()
    {
        QCOMPARE(KeychainCredentialStore::classify(0, {}), Status::Ok);
        QCOMPARE(KeychainCredentialStore::classify(1, {}), Status::NotFound);
        QCOMPARE(KeychainCredentialStore::classify(3, {}), Status::Locked);
        QCOMPARE(KeychainCredentialStore::classify(5, {}), Status::Unavailable);
        QCOMPARE(KeychainCredentialStore::classify(7, QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files")), Status::Unavailable);
        QCOMPARE(KeychainCredentialStore::classify(7, QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY")), Status::Unavailable);
        QCOMPARE(KeychainCredentialStore::classify(7, QStringLiteral("Unlock failed: collection is locked")), Status::Locked);
        QCOMPARE(KeychainCredentialStore::classify(7, QStringLiteral("Could not connect: No such file or directory")), Status::Unavailable);
        QCOMPARE(KeychainCredentialStore::classify(7, QStringLiteral("weird")), Status::Failed);
    }
};

QTEST_GUILESS_MAIN(TestKeychainCredentialStore)
#include "tst_keychaincredentialstore.moc"
