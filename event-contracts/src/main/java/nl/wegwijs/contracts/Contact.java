package nl.wegwijs.contracts;

/** How to reach a newcomer; any part may be missing, for instance the address before the move-in. */
public record Contact(String phone, String email, Address address) {}
