// The site's global CSS, with its override of the theme's design tokens.
import "./src/styles/site.css"
