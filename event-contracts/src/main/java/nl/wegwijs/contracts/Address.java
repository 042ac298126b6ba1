package nl.wegwijs.contracts;

public record Address(String street, String houseNumber, String postalCode, String city) {

    public Address {
        Require.text(street, "street");
        Require.text(houseNumber, "houseNumber");
        Require.text(postalCode, "postalCode");
        Require.text(city, "city");
    }
}
