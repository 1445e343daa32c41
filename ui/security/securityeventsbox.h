#pragma once
#include "services/securityservice.h"

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTableView;

namespace okpay {

class SecurityEventModel;

// "Recent security activity": the account's security events, newest first, a page at a time with "Load more",
// with loading, empty and error states.
class SecurityEventsBox : public QGroupBox
{
    Q_OBJECT

public:
    SecurityEventsBox(SecurityService *security, QWidget *parent = nullptr);
    void reload();  // from the newest event again
    static constexpr int kPageSize = 20;

private:
    void request(const QString &cursor);
    void showPage(const QList<SecurityEvent> &events, const QString &cursor, const QString &nextCursor);
    void showError(const QString &message);
    SecurityService *m_security;
    SecurityEventModel *m_model;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_retry;
    QPushButton *m_loadMore;
    QString m_pendingCursor;  // the page asked for; answers to an older request are dropped
    bool m_loading = false;
    QString m_nextCursor;
};

} // namespace okpay
