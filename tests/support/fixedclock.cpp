#include "support/fixedclock.h"
