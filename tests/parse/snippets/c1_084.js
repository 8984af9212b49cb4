switch (x) { default: ; default: }
