#pragma once
#include "services/kycservice.h"

#include <QDialog>
#include <QHash>
#include <optional>

class QLabel;
class QPushButton;
class QWidget;

namespace okpay {

// "Limits and verification": the account's verification level and its limits in one currency, what the next
// level needs and how the documents' review stands, with "Verify my identity". Opened by the Limits button, or when
// an amount is over a limit, then first saying which limit the amount went over.
class KycLimitsDialog : public QDialog
{
    Q_OBJECT

public:
    // direction: "topup" or "withdraw"; attempted: the amount that was refused, if any.
    KycLimitsDialog(KycService *kyc, const QString &currency, const QString &direction, const std::optional<Money> &attempted,
                    QWidget *parent = nullptr);

signals:
    void articleRequested(const QString &articleId);  // "Learn more": the help article on levels and limits

private:
    void load();
    void showStatus(const KycStatus &status);
    void openUpload();

    KycService *m_kyc;
    QString m_currency;
    QString m_direction;
    std::optional<Money> m_attempted;
    KycStatus m_status;
    bool m_loaded = false;
    QLabel *m_state;
    QWidget *m_content;
    QLabel *m_explanation;
    QLabel *m_level;
    QLabel *m_limitsTitle;
    QHash<QString, QLabel *> m_limitValues;  // by limit kind
    QLabel *m_next;
    QLabel *m_review;
    QLabel *m_documents;
    QPushButton *m_retry;
    QPushButton *m_verify;
};

} // namespace okpay
