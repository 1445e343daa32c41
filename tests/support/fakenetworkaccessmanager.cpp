#include "support/fakenetworkaccessmanager.h"

#include <QTimer>

namespace okpay::test {

namespace {
class FakeReply : public QNetworkReply
{
public:
    FakeReply(const QNetworkRequest &request, const QByteArray &method, const FakeResponse &response, QObject *parent)
        : QNetworkReply(parent), m_response(response)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(QNetworkAccessManager::CustomOperation);
        setAttribute(QNetworkRequest::CustomVerbAttribute, method);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        if (!response.hang)
            QTimer::singleShot(response.delayMs, this, &FakeReply::respond);
    }
    void abort() override
    {
        if (isFinished())
            return;
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        setFinished(true);
        emit errorOccurred(OperationCanceledError);
        emit finished();
    }
    qint64 bytesAvailable() const override { return m_data.size() - m_offset + QIODevice::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, qint64(m_data.size() - m_offset));
        memcpy(data, m_data.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }

private:
    void respond()
    {
        if (isFinished())
            return;
        if (m_response.error != NoError) {
            setError(m_response.error, QStringLiteral("fake transport error"));
            setFinished(true);
            emit errorOccurred(m_response.error);
            emit finished();
            return;
        }
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
        for (const auto &[name, value] : m_response.headers)
            setRawHeader(name, value);
        m_data = m_response.body;
        emit metaDataChanged();
        emit downloadProgress(m_data.size(), m_data.size());
        if (isFinished())
            return;  // aborted from a downloadProgress handler
        emit readyRead();
        if (m_response.status >= 400)
            setError(ProtocolUnknownError, QStringLiteral("HTTP %1").arg(m_response.status));
        setFinished(true);
        emit finished();
    }

    FakeResponse m_response;
    QByteArray m_data;
    qint64 m_offset = 0;
};
} // namespace

QNetworkReply *FakeNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData)
{
    QByteArray method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    if (op == GetOperation)
        method = "GET";
    else if (op == PostOperation)
        method = "POST";
    Seen seen{request, method, outgoingData ? outgoingData->readAll() : QByteArray()};
    this->seen.append(seen);
    const FakeResponse response = handler ? handler(seen) : FakeResponse::json(404, R"({"error":{"code":"not_found","message":"no handler"}})");
    return new FakeReply(request, method, response, this);
}

} // namespace okpay::test
