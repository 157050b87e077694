/// The settings of tokens and passwords.
extension Setting {
    static let jwtSecret = Setting(
        option: "jwt-secret", environment: "JWT_SECRET", defaultValue: nil,
        help: "HMAC-SHA256 key that signs tokens: 32+ bytes, the same on every instance (prefer the variable: an option shows in the process list); unset: a development secret kept in .local/jwt-secret.")
    static let tokenLifetime = Setting(
        option: "token-lifetime", environment: "TOKEN_LIFETIME", defaultValue: String(AuthSettings.defaultLifetimeSeconds),
        help: "Seconds a token from `login` stays valid, 60–2592000 (30 days).")
    static let bcryptCost = Setting(
        option: "bcrypt-cost", environment: "BCRYPT_COST", defaultValue: String(AuthSettings.defaultBcryptCost),
        help: "bcrypt cost (2^cost rounds) of new password hashes, 4–31; each step doubles the time a login takes.")

    /// The settings above, in the order the docs list them.
    static let authSettings: [Setting] = [jwtSecret, tokenLifetime, bcryptCost]
}
