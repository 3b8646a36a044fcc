"""Documents of the ASB register: letters written from the partnership's Word templates."""
