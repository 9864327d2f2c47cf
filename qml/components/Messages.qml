pragma Singleton
import QtQuick

// Error codes from the controllers ("vault.full", "pin.wrong", ...) as
// sentences in the user's language. One place, so every screen says the same.
QtObject {
    function forError(code) {
        switch (code) {
        case "": return ""
        case "invalid_input": return qsTr("Please check the marked fields.")
        case "vault.full": return qsTr("The device is full. Nothing was lost, but nothing new can be saved. Please tell the staff.")
        case "vault.wrong_key": return qsTr("This device's data cannot be opened with its key. Nothing was changed. Ask IT for help.")
        case "vault.damaged": return qsTr("This device's data is damaged. Ask IT to restore it from the central service.")
        case "vault.in_use": return qsTr("Intake is already running on this device.")
        case "vault.read_only":
        case "vault.io": return qsTr("The device could not save. Nothing was lost. Please try again or tell the staff.")
        case "vault.document_not_found": return qsTr("Nobody is waiting in this queue.")
        case "vault.conflict": return qsTr("Someone else changed this at the same time. Look again and retry.")
        case "keystore.key_missing": return qsTr("This device has no key for its data. Ask IT to enrol it again.")
        case "keystore.unavailable": return qsTr("The device's key store is locked or unavailable. Nothing was changed. Try again, or ask IT.")
        case "pin.wrong": return qsTr("Wrong PIN.")
        case "pin.locked_out": return qsTr("Too many wrong PINs. Please wait before trying again.")
        case "pin.erased": return qsTr("Too many wrong PINs: the keys on this tablet were erased. Ask IT to enrol it again.")
        case "pin.too_short": return qsTr("The PIN must have at least 6 digits.")
        case "pin.not_digits": return qsTr("The PIN may only contain digits.")
        case "pin.ring_exists": return qsTr("A PIN is already set on this device.")
        case "pin.not_unlocked": return qsTr("Unlock the tablet first.")
        case "seal.no_key": return qsTr("Registration is not available on this device yet. Please ask the staff.")
        case "sync.unauthorized":
        case "sync.forbidden": return qsTr("The central service refused this device. Ask IT to check its enrolment.")
        case "sync.tls_failure": return qsTr("The central service could not be verified. Nothing was sent.")
        default:
            if (code.startsWith("sync."))
                return qsTr("The central service cannot be reached. Everything is kept on this device and sent later.")
            return qsTr("Something went wrong (%1). Nothing that was saved is lost.").arg(code)
        }
    }

    // A field finding ({field, problem, limit}) as a sentence.
    function forProblem(problem, limit) {
        switch (problem) {
        case "required": return qsTr("Please fill this in.")
        case "too_long": return qsTr("Too long: at most %n character(s).", "", limit)
        case "too_short": return qsTr("Too short: at least %n character(s).", "", limit)
        case "invalid_text": return qsTr("This contains characters that cannot be used.")
        case "invalid_phone": return qsTr("This is not a phone number we can call.")
        case "invalid_date": return qsTr("This is not a valid date.")
        case "implausible_date": return qsTr("This date is not possible here.")
        case "not_allowed": return qsTr("Please choose one of the options.")
        case "out_of_range": return qsTr("This number is outside the allowed range.")
        case "inconsistent": return qsTr("This does not fit with another answer.")
        default: return qsTr("Please check this.")
        }
    }
}
