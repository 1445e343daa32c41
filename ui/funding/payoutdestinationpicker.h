#pragma once
#include "services/fundingservice.h"

#include <QWidget>

class QComboBox;
class QPushButton;

namespace okpay {

class FieldErrorLabel;

// The saved destinations that fit the chosen withdrawal method and currency, with "Add…" (a form for that kind of
// destination) and "Remove" (after a confirmation whose default is Cancel). The list is read again after either.
class PayoutDestinationPicker : public QWidget
{
    Q_OBJECT

public:
    PayoutDestinationPicker(const QString &prefix, FundingService *funding, bool secondFactorOn, QWidget *parent = nullptr);
    void reload();
    void setFilter(const QString &kind, const QString &currency);  // kind: bank_account, card, ewallet; "" for none
    QString currentId() const;
    QString currentText() const;

private:
    void showDestinations();
    void add();
    void askRemove();

    FundingService *m_funding;
    bool m_secondFactorOn;
    QComboBox *m_combo;
    QPushButton *m_add;
    QPushButton *m_remove;
    FieldErrorLabel *m_error;
    QList<PayoutDestination> m_destinations;
    enum class State { Loading, Loaded, Failed } m_state = State::Loading;
    QString m_kind;
    QString m_currency;
    QString m_select;  // the destination to select when the list comes back (the one just added)
};

} // namespace okpay
